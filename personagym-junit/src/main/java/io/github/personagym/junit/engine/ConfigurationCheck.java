package io.github.personagym.junit.engine;

import io.github.personagym.config.Configuration;
import io.github.personagym.config.KeyCheck;
import io.github.personagym.config.UnknownKey;
import java.util.List;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Checks the names in the run's configuration at discovery: a likely typo of a known key is a discovery
 * error, so the run fails before any model is called; other unknown names are warned about when the run starts.
 */
final class ConfigurationCheck {

    private ConfigurationCheck() {
    }

    /** Reports each likely typo as an error; returns the other unknown names, for a warning line each. */
    static List<UnknownKey> report(Configuration configuration, EngineDiscoveryListener listener, UniqueId engineId) {
        List<UnknownKey> unknown = KeyCheck.check(configuration);
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.forwarding(listener, engineId);
        unknown.stream().filter(UnknownKey::likelyTypo).forEach(typo -> issues.reportIssue(
                DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, typo.message())));
        return unknown.stream().filter(key -> !key.likelyTypo()).toList();
    }
}
