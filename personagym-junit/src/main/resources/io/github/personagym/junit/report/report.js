(function () {
  var persona = document.getElementById('f-persona');
  var task = document.getElementById('f-task');
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
  persona.addEventListener('change', apply);
  task.addEventListener('change', apply);
  apply();
  document.body.setAttribute('data-filters', 'ready');
})();
