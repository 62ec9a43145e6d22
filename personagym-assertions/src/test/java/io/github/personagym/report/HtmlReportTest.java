package io.github.personagym.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    String html;

    @BeforeEach
    void writeReport() throws IOException {
        html = Files.readString(ReportShowcase.write(dir));
    }

    @Test
    void answerTextIsEscapedSoThatMarkupInItRendersAsText() {
        assertThat(html).contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>document.title").doesNotContain("<img src=x");
        assertThat(Pattern.compile("<script>").matcher(html).results().count()).isEqualTo(1);
    }

    @Test
    void pageLoadsNothingFromTheNetwork() {
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("@import").doesNotContain("url(http")
                .contains("default-src 'none'");
    }

    @Test
    void everyTaskHasABarAndThePersonaScoreOneToo() {
        for (String task : Task.BUILT_IN_NAMES) {
            assertThat(bars(task)).as("bars of " + task).isPositive();
        }
        assertThat(bars("PersonaScore")).isEqualTo(2);
    }

    long bars(String label) {
        return Pattern.compile("<rect class=\"bar (pass|fail|neutral)\" data-bar=\"" + label + "\"").matcher(html)
                .results().count();
    }

    @Test
    void belowThresholdIsRedWithWhiskerThresholdAndBaselineMarks() {
        assertThat(html).contains("<rect class=\"bar fail\" data-bar=\"Linguistic Habits\"")
                .contains("<g class=\"ci\">").contains("class=\"threshold\"").contains("class=\"baseline\"");
    }

    @Test
    void worstAnswersShowQuestionAnswerAndEachJudgesScoreAndReasoning() {
        int worst = html.indexOf("<h3>Worst answers</h3>");
        assertThat(worst).isPositive();
        String answers = html.substring(worst);
        assertThat(answers).contains("How do you greet a new sailor?", "Hello. How can I assist you today?",
                "<span class=\"judge\">scripted:judge-a</span><span class=\"score s2\">2</span>"
                        + "<span class=\"reason\">scripted: the answer reads like a 2</span>",
                "<span class=\"judge\">scripted:judge-b</span><span class=\"score s1\">1</span>");
        assertThat(answers).contains("<h3>Unscored answers</h3>", "no answer: SocketTimeoutException: read timed out",
                "no score found in the reply");
    }

    @Test
    void mutantsShowEachKindsStatusAndTheAnswersOfASurvivor() {
        int card = html.indexOf("<div class=\"card mutants\">");
        assertThat(card).isPositive();
        String mutants = html.substring(card, html.indexOf("</section>", card));
        assertThat(mutants).contains("<span class=\"status warn\">caught 1 of 2</span>",
                "<td class=\"pass\">caught</td>", "<td class=\"warn\">survived</td>",
                "<summary>one-word (survived): its 2 answers</summary>", "one-word mutant answer 1",
                "Cost: 4 mutant answers, 2 judge calls.")
                .doesNotContain("disclaimer (caught): its");
        assertThat(html).contains("<b>1</b><span>mutants survived</span>");
    }

    @Test
    void regressionAndImprovementAreShownAgainstTheBaseline() {
        assertThat(html).contains("<div class=\"card baseline regressed\">", "<div class=\"card baseline improved\">");
    }
}
