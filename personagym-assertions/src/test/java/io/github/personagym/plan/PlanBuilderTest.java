package io.github.personagym.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Thresholds;
import io.github.personagym.plan.PlanBuilder.SuiteEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {

    private static final String P = PersonaTestPlan.PATH;

    private final PlanBuilder captain = PlanBuilder.forPersona("captain")
            .tasks(List.of("Expected Action", "Linguistic Habits"))
            .suite(List.of("Wedding", "Empty Harbour", "Camping Trip"), List.of(
                    new SuiteEntry("linguistic-habits-1", "Linguistic Habits", "Wedding", 12),
                    new SuiteEntry("expected-action-1", "Expected Action", "Wedding", 7),
                    new SuiteEntry("toxicity-control-1", "Toxicity Control", "Wedding", 20),
                    new SuiteEntry("expected-action-2", "Expected Action", "Camping Trip", 0)))
            .personaSource(Optional.of("classpath:personas/captain.yaml"))
            .suiteSource(Optional.of("/suites/captain.suite.yaml"))
            .thresholds(new Thresholds(OptionalDouble.of(3.0), Map.of("Linguistic Habits", 3.995)));

    @Test
    void questionsAreGroupedByEnvironmentThenByTaskInTheOrderOfThePersonasTasks() {
        PersonaTestPlan plan = captain.build();

        PlanContainer wedding = (PlanContainer) plan.nodes().get(0);
        assertThat(wedding.displayName()).isEqualTo("captain" + P + "Wedding");
        assertThat(wedding.key()).isEqualTo(new PlanKey("environment", "Wedding"));
        assertThat(wedding.children()).extracting(PlanNode::displayName).containsExactly(
                "captain" + P + "Wedding" + P + "Expected Action", "captain" + P + "Wedding" + P + "Linguistic Habits");
        assertThat(plan.questions()).extracting(PlanNode::displayName).containsExactly(
                "captain" + P + "Wedding" + P + "Expected Action" + P + "expected-action-1",
                "captain" + P + "Wedding" + P + "Linguistic Habits" + P + "linguistic-habits-1",
                "captain" + P + "Camping Trip" + P + "Expected Action" + P + "expected-action-2");
    }

    @Test
    void anEmptyEnvironmentAndAQuestionOfAnUntestedTaskAreLeftOut() {
        assertThat(captain.build().nodes()).extracting(PlanNode::displayName)
                .doesNotContain("captain" + P + "Empty Harbour")
                .noneMatch(name -> name.contains("Toxicity"));
    }

    @Test
    void aQuestionPointsAtItsLineInTheSuiteAndAChecksAtThePersonaFile() {
        PersonaTestPlan plan = captain.build();

        assertThat(plan.questions().get(0).source()).contains(new SourcePosition("/suites/captain.suite.yaml", 7));
        assertThat(plan.questions().get(2).source()).as("a question without a line").isEmpty();
        assertThat(plan.checks()).allSatisfy(check -> assertThat(check.source())
                .contains(new SourcePosition("classpath:personas/captain.yaml", 1)));
    }

    @Test
    void checksFollowTheQuestionsNamedWithTheirThresholdsAsGiven() {
        PersonaTestPlan plan = captain.mutants(true).build();

        assertThat(plan.nodes().get(plan.nodes().size() - 4)).isInstanceOf(PlannedCheck.class);
        assertThat(plan.checks()).extracting(PlanNode::displayName).containsExactly(
                "captain" + P + "Linguistic Habits score \u2265 3.995",
                "captain" + P + "PersonaScore \u2265 3.00",
                "captain" + P + "no regression against baseline",
                "captain" + P + "mutants caught");
        assertThat(plan.checks()).extracting(check -> check.key().toString()).containsExactly(
                "[check:task:Linguistic Habits]", "[check:persona-score]", "[check:regression]", "[check:mutants]");
    }

    @Test
    void withoutAThresholdThePersonaScoreCheckOnlyAsksForAScore() {
        PersonaTestPlan plan = captain.thresholds(Thresholds.NONE).build();

        assertThat(plan.checks()).extracting(PlanNode::displayName)
                .containsExactly("captain" + P + "PersonaScore", "captain" + P + "no regression against baseline");
    }

    @Test
    void aJudgeFreeTasksThresholdCheckIsNamedByItsMetricInItsUnit() {
        PersonaTestPlan plan = PlanBuilder.forPersona("captain")
                .tasks(List.of("Linguistic Habits", "Sea Knowledge", "Sea Lore"))
                .kinds(Map.of("Sea Knowledge", io.github.personagym.TaskKind.CHOICE,
                        "Sea Lore", io.github.personagym.TaskKind.REFERENCE))
                .thresholds(new Thresholds(OptionalDouble.empty(),
                        Map.of("Linguistic Habits", 3.5, "Sea Knowledge", 0.8, "Sea Lore", 0.25)))
                .build();

        assertThat(plan.checks()).extracting(PlanNode::displayName).startsWith(
                "captain" + P + "Linguistic Habits score \u2265 3.50",
                "captain" + P + "Sea Knowledge accuracy \u2265 0.80",
                "captain" + P + "Sea Lore ROUGE-L F1 \u2265 0.25");
    }
}
