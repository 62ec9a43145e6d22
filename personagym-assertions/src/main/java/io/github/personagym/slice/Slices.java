package io.github.personagym.slice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.score.ConfidenceInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether an agent serves every persona alike: for each attribute of {@link SliceSettings}, the scored personas
 * grouped by the attribute's value, each group's mean PersonaScore with its 95% t-interval, and every gap between two
 * groups of at least {@link SliceSettings#minGroup()} personas. A gap is <em>flagged</em> when Welch's interval of the
 * difference of the two means excludes 0; the intervals of one attribute's gaps share 95% confidence between them
 * (Bonferroni: each is at {@code 1 - 0.05/m} for {@code m} pairs of groups), so that more groups do not flag more gaps
 * by chance. Groups too small to compare are reported, never compared: no gap is made up from them. A run of several
 * agents (test classes) is sliced per agent: the question is whether one agent serves its personas alike, and another
 * agent's scores would say nothing about that.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Slices(SliceSettings settings, List<AttributeSlice> attributes) {

    /** The confidence of a group's interval, and the family-wise confidence of an attribute's gaps. */
    public static final double CONFIDENCE = 0.95;

    public Slices {
        attributes = List.copyOf(attributes);
    }

    /**
     * The slices of {@code personas}: per attribute, and per agent when they were played by several; the order of
     * {@code personas} does not matter.
     */
    public static Slices of(SliceSettings settings, List<SlicedPersona> personas) {
        Map<String, List<SlicedPersona>> byAgent = new TreeMap<>();
        personas.forEach(p -> byAgent.computeIfAbsent(p.agent(), a -> new ArrayList<>()).add(p));
        if (byAgent.isEmpty()) {
            byAgent.put("", List.of());
        }
        boolean several = byAgent.size() > 1;
        List<AttributeSlice> slices = new ArrayList<>();
        for (String attribute : settings.attributes()) {
            byAgent.forEach((agent, played) -> slices.add(slice(attribute,
                    !several ? "" : agent.isEmpty() ? io.github.personagym.config.ConfigKeys.AGENT : agent, played,
                    settings)));
        }
        return new Slices(settings, slices);
    }

    /** The slice of one attribute: its first, in a run of several agents. */
    public Optional<AttributeSlice> attribute(String name) {
        return attributes.stream().filter(a -> a.attribute().equals(name)).findFirst();
    }

    /** The slices of one attribute: one, or one per agent in a run of several agents. */
    public List<AttributeSlice> ofAttribute(String name) {
        return attributes.stream().filter(a -> a.attribute().equals(name)).toList();
    }

    private static AttributeSlice slice(String attribute, String agent, List<SlicedPersona> personas,
                                        SliceSettings settings) {
        Map<String, List<SlicedPersona>> byValue = new TreeMap<>();
        List<String> lacking = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        // by id, so that the same personas give the same slices whatever order the run (or a merge of shards) has
        for (SlicedPersona persona : personas.stream().sorted(Comparator.comparing(SlicedPersona::id)).toList()) {
            String value = persona.attributes().get(attribute);
            if (value == null) {
                lacking.add(persona.id());
            } else if (persona.personaScore().isEmpty()) {
                unscored.add(persona.id());
            } else {
                byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(persona);
            }
        }
        Map<SliceGroup, double[]> scores = new java.util.LinkedHashMap<>();
        byValue.forEach((value, members) -> {
            double[] values = members.stream().mapToDouble(p -> p.personaScore().getAsDouble()).toArray();
            scores.put(new SliceGroup(value, members.stream().map(SlicedPersona::id).toList(),
                    MeanIntervals.mean(values), MeanIntervals.ofMean(values, CONFIDENCE),
                    values.length >= settings.minGroup()), values);
        });
        return new AttributeSlice(attribute, agent, List.copyOf(scores.keySet()), lacking, unscored, gaps(scores));
    }

    private static List<SliceGap> gaps(Map<SliceGroup, double[]> scores) {
        List<SliceGroup> compared = scores.keySet().stream().filter(SliceGroup::compared).toList();
        int pairs = compared.size() * (compared.size() - 1) / 2;
        double confidence = 1 - (1 - CONFIDENCE) / Math.max(1, pairs);
        List<SliceGap> gaps = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            for (int j = i + 1; j < compared.size(); j++) {
                SliceGroup a = compared.get(i);
                SliceGroup b = compared.get(j);
                boolean aHigher = a.mean() >= b.mean();
                SliceGroup higher = aHigher ? a : b;
                SliceGroup lower = aHigher ? b : a;
                ConfidenceInterval ci = MeanIntervals.ofDifference(scores.get(higher), scores.get(lower), confidence);
                gaps.add(new SliceGap(higher, lower, higher.mean() - lower.mean(), ci, confidence, ci.low() > 0));
            }
        }
        gaps.sort(Comparator.comparingDouble(SliceGap::gap).reversed());
        return gaps;
    }
}
