package io.github.personagym.mutants;

import java.util.List;

/**
 * A fixed voice that belongs to no persona of a typical suite, for the {@link MutantKind#SWAPPED} mutant of a
 * run with a single persona: a teenage game streamer talking to their chat. It cannot answer the question
 * (no model writes it), so it is a weaker swap than another persona's agent, and reports say when it is used.
 */
final class OffPersonaVoice {

    /** Who speaks, for reports. */
    static final String WHO = "a fixed off-persona voice (a teenage game streamer)";

    static final List<String> BANK = List.of(
            "Okay chat, no cap, this is literally the wildest thing ever. I'd just hit record, go full tryhard mode "
                    + "and see what happens, let's gooo!",
            "Bro, that's lowkey such a vibe. Honestly I'd speedrun it, no planning, pure instinct, and clip the "
                    + "best bits for the stream.",
            "Wait wait wait, chat is going crazy right now. My take? Send it. Worst case it's a fail compilation, "
                    + "best case it's a highlight reel.",
            "Ngl that's kinda sus. I'd drop a poll for chat, let them vote, and whatever wins we do, because "
                    + "content is content.",
            "Yo, big brain moment incoming: I'd grab a snack, crank the music, and grind it out until it's done. "
                    + "GG, easy.",
            "Honestly? Skill issue. I'd just respawn and try again with a different loadout until it works, that's "
                    + "the whole strat.",
            "Chat, chat, CHAT. This is giving main character energy. I'd go all in, stream the whole thing and "
                    + "hype it up in the Discord.",
            "Lowkey I'd ask my mods what they think, then do the opposite for the content, because that's how you "
                    + "go viral, fr fr.",
            "Okay so here's the play: smash that follow button and we figure it out live together. No script, "
                    + "just vibes.",
            "That's actually insane, I'm not even joking. I'd rage for like two seconds, then laugh it off and call "
                    + "it a W anyway.");

    private OffPersonaVoice() {
    }
}
