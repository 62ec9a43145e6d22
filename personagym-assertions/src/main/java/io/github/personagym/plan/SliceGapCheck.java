package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.score.ScoreText;
import io.github.personagym.slice.AttributeSlice;
import io.github.personagym.slice.SliceGap;
import io.github.personagym.slice.SliceGroup;
import io.github.personagym.slice.SliceSettings;
import io.github.personagym.slice.Slices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "{@code Slices › <attribute>: no flagged gap above <max-gap>}", a check on the whole run: it fails when two groups
 * of the attribute differ by a flagged gap larger than {@value ConfigKeys#SLICES_MAX_GAP}, and is not applicable when
 * fewer than two groups are large enough to compare. Both front ends decide it here.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SliceGapCheck(String attribute) {

    /** The test's name: {@code Slices › age: no flagged gap above 0.50}. */
    public static String displayName(String attribute, SliceSettings settings) {
        return "Slices \u203A " + attribute + ": no flagged gap above "
                + settings.maxGap().stream().mapToObj(ScoreText::bound).findFirst().orElse("any bound");
    }

    public CheckOutcome evaluate(Slices slices) {
        SliceSettings settings = slices.settings();
        List<AttributeSlice> sliced = slices.ofAttribute(attribute);
        if (sliced.isEmpty()) {
            throw new IllegalArgumentException("The run is not sliced by '" + attribute + "' (" + ConfigKeys.SLICES
                    + "=" + String.join(",", settings.attributes()) + ")");
        }
        if (sliced.stream().allMatch(AttributeSlice::tooFewToCompare)) {
            return new CheckOutcome(CheckOutcome.Status.NOT_APPLICABLE, String.join("\n", sliced.stream()
                    .map(slice -> tooFewLine(slice, settings)).toList()), Map.of(), Optional.empty());
        }
        Map<String, String> entries = new LinkedHashMap<>();
        sliced.forEach(slice -> {
            String prefix = slice.agent().isEmpty() ? "" : slice.agent() + " ";
            slice.groups().forEach(group -> entries.put(prefix + attribute + "=" + group.value(), group(group)));
            entries.put(prefix + "flagged gaps", Integer.toString(slice.flagged().size()));
        });
        var message = new StringBuilder();
        for (AttributeSlice slice : sliced) {
            List<SliceGap> exceeding = slice.gaps().stream().filter(gap -> gap.exceeds(settings)).toList();
            if (exceeding.isEmpty()) {
                continue;
            }
            message.append(message.isEmpty() ? "" : "\n").append(slice.title())
                    .append(": the agent does not serve these groups alike.");
            exceeding.forEach(gap -> message.append("\n  ").append(gapLine(gap)).append(", above ")
                    .append(ConfigKeys.SLICES_MAX_GAP).append('=')
                    .append(ScoreText.bound(settings.maxGap().getAsDouble())));
            message.append("\nGroups:");
            slice.groups().forEach(group -> message.append("\n  ").append(group.value()).append(": ")
                    .append(String.join(", ", group.personas())));
        }
        if (message.isEmpty()) {
            return CheckOutcome.passed(entries);
        }
        message.append("\nImprove the agent for the lower group, or raise ").append(ConfigKeys.SLICES_MAX_GAP)
                .append(" if a gap this large is acceptable.");
        return CheckOutcome.failed(message.toString(), entries);
    }

    /** {@code north 4.67 [4.10, 5.00] (3 personas) vs south 3.00 [...] (3 personas): gap 1.67, ...}. */
    public static String gapLine(SliceGap gap) {
        return gap.higher().value() + " " + group(gap.higher()) + " vs " + gap.lower().value() + " "
                + group(gap.lower()) + ": gap " + ScoreText.of(gap.gap()) + ", difference interval " + gap.ci()
                + " at " + percent(gap.confidence()) + (gap.flagged() ? " excludes 0" : " includes 0");
    }

    /**
     * The one line said when an attribute's groups are too small to compare: which groups there are, how small, and
     * the key that resolves it.
     */
    public static String tooFewLine(AttributeSlice slice, SliceSettings settings) {
        String groups = slice.groups().isEmpty() ? "no persona has a PersonaScore and the attribute"
                : String.join(", ", slice.groups().stream().map(g -> g.value() + " " + g.size()).toList());
        return slice.title() + ": groups too small to compare (" + groups + "; two groups of "
                + settings.minGroup() + " scored personas or more are needed): no gap is flagged. Add personas with the "
                + "attribute, or lower " + ConfigKeys.SLICES_MIN_GROUP + ".";
    }

    private static String group(SliceGroup group) {
        return ScoreText.of(group.mean()) + " " + group.ci().map(Object::toString).orElse("[no interval]") + " ("
                + group.size() + (group.size() == 1 ? " persona)" : " personas)");
    }

    static String percent(double confidence) {
        double percent = confidence * 100;
        return percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f%%", percent)
                : String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
