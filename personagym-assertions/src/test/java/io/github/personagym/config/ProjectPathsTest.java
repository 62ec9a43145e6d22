package io.github.personagym.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectPathsTest {

    @Test
    void relativePathsAreRelativeToTheProjectFolderWhenOneIsSet() {
        var configuration = Configuration.of(Map.of(ConfigKeys.PROJECT_DIR, "sample-project"));

        assertThat(ProjectPaths.of(configuration, ConfigKeys.BASELINE, ConfigKeys.DEFAULT_BASELINE))
                .isEqualTo(Path.of("sample-project/src/test/resources/personagym/baseline.json"));
    }

    @Test
    void withoutOneTheyAreRelativeToTheWorkingDirectoryAndAbsolutePathsStayAsTheyAre() {
        assertThat(ProjectPaths.of(Configuration.of(Map.of()), ConfigKeys.REPORT_DIR, ConfigKeys.DEFAULT_REPORT_DIR))
                .isEqualTo(Path.of("target/personagym"));
        var absolute = Configuration.of(Map.of(ConfigKeys.PROJECT_DIR, "elsewhere", ConfigKeys.REPORT_DIR, "/tmp/r"));
        assertThat(ProjectPaths.of(absolute, ConfigKeys.REPORT_DIR, ConfigKeys.DEFAULT_REPORT_DIR))
                .isEqualTo(Path.of("/tmp/r"));
    }
}
