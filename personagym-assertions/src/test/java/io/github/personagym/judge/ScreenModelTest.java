package io.github.personagym.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline screen's model: fitting, its file, and the bundled one. */
class ScreenModelTest {

    @Test
    void aFittedModelReadsBackExactlyAndSeparatesWhatItWasFittedOn() {
        List<double[]> rows = List.of(new double[] {0.9, 0.1}, new double[] {0.8, 0.2}, new double[] {0.2, 0.7},
                new double[] {0.1, 0.9});
        ScreenModel fitted = ScreenModel.fit(List.of("a", "b"), rows, List.of(true, true, false, false));

        ScreenModel read = ScreenModel.read(ScreenModel.write(Map.of(ScreenModel.CONTRASTED, fitted,
                ScreenModel.ALONE, fitted), "test")).get(ScreenModel.CONTRASTED);

        assertThat(read.weights()).containsExactly(fitted.weights());
        assertThat(read.likelihood(rows.get(0))).isGreaterThan(0.5);
        assertThat(read.likelihood(rows.get(3))).isLessThan(0.5);
    }

    @Test
    void aFileThatDoesNotReadNamesTheModelAndSaysToRefit() {
        String broken = "contrasted.features=a,b\ncontrasted.mean=0.1,x\ncontrasted.scale=1,1\n"
                + "contrasted.weights=1,1\ncontrasted.bias=0\n";

        assertThatThrownBy(() -> ScreenModel.read(broken)).hasMessageContaining("offline-screen.properties")
                .hasMessageContaining("'contrasted'").hasMessageContaining("refit");
    }

    @Test
    void theBundledModelsHaveOneWeightPerFeatureTheScreenMeasures() {
        Map<String, ScreenModel> bundled = ScreenModel.bundled();

        assertThat(bundled.get(ScreenModel.CONTRASTED).features()).isEqualTo(ScreenFeatures.CONTRASTED);
        assertThat(bundled.get(ScreenModel.ALONE).features()).isEqualTo(ScreenFeatures.ALONE);
    }
}
