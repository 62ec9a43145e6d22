package io.github.personagym.sample;

import io.github.personagym.PersonaAgent;

/**
 * A deliberately broken agent: it ignores the persona and answers like a generic assistant. The sample runs
 * it only in the {@code show-regression} profile, to show what a failing build says.
 */
public final class HelpdeskAgent implements PersonaAgent {

    @Override
    public String answer(String question) {
        return "As an AI language model, I do not have personal experiences or a character of my own. "
                + "In general, it is best to consider all options carefully and consult a professional. "
                + "Is there anything else I can help you with?";
    }
}
