(function () {
  var persona = document.getElementById('f-persona');
  var task = document.getElementById('f-task');
  function fromHash() {
    new URLSearchParams(location.hash.replace(/^#/, '')).forEach(function (value, key) {
      var select = key === 'persona' ? persona : key === 'task' ? task : null;
      if (select && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
      }
    });
  }
  function apply() {
    var p = persona.value, t = task.value;
    document.querySelectorAll('[data-persona]').forEach(function (e) {
      e.hidden = p !== '' && e.getAttribute('data-persona') !== p;
    });
    document.querySelectorAll('[data-task]').forEach(function (e) {
      var off = t !== '' && e.getAttribute('data-task') !== t;
      if (e instanceof SVGElement) { e.classList.toggle('dim', off); } else { e.hidden = off; }
    });
    document.querySelectorAll('[data-hist]').forEach(function (e) {
      e.hidden = e.getAttribute('data-hist') !== t;
    });
  }
  function changed() {
    var state = new URLSearchParams();
    if (persona.value) { state.set('persona', persona.value); }
    if (task.value) { state.set('task', task.value); }
    history.replaceState(null, '', state.toString() ? '#' + state.toString() : location.pathname);
    apply();
  }
  persona.addEventListener('change', changed);
  task.addEventListener('change', changed);
  fromHash();
  apply();
  document.body.setAttribute('data-filters', 'ready');
})();
