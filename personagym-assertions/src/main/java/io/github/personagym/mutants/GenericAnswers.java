package io.github.personagym.mutants;

import java.util.List;

/**
 * Bland answers of a generic helpful assistant, for the {@link MutantKind#GENERIC} mutant: they fit any
 * question and no persona. Written for the mutants alone; the offline judge keeps a contrast bank of its own,
 * so a judged mutant is never a copy of a text that judge was tuned on.
 */
final class GenericAnswers {

    static final List<String> BANK = List.of(
            "What a great question! A few points are worth weighing: think about your goals, list the pros and "
                    + "cons, and pick the option that suits you best.",
            "There are many ways to approach this. It often helps to break the problem into smaller steps and "
                    + "tackle them one at a time.",
            "Thank you for asking. Everyone's situation is different, so the right call will come down to your "
                    + "own needs and circumstances.",
            "Great point! In general, it is wise to keep a level head, collect the facts, and make a decision "
                    + "you feel comfortable with.",
            "Sure, I can help you there. A good first step is to clarify what you want to achieve, then look at "
                    + "the options available to you.",
            "That depends on a number of factors. It may be worth speaking to an expert who knows your "
                    + "particular situation.",
            "Here is a balanced answer: each option has its advantages and disadvantages, and it is worth "
                    + "considering both sides before you decide.",
            "Good question. Communication is key in situations like this: be clear, be respectful, and listen to "
                    + "the other people involved.",
            "Sure! Some general tips: plan ahead, stay organised, put safety first, and don't hesitate to ask for "
                    + "help when you need it.",
            "It's completely understandable to feel unsure about this. Take your time, reflect on what matters "
                    + "most to you, and trust the process.",
            "There is no one-size-fits-all answer here. What works well for one person may not work for another, "
                    + "so keep an open mind.",
            "I hope this helps! To summarise: assess the situation, consider your options carefully, and choose "
                    + "the approach that best fits your values.",
            "Absolutely, here's a quick overview. First, identify the main issue. Second, explore possible "
                    + "solutions. Third, put the best one into action and review the results.",
            "That's an interesting scenario. A sensible approach would be to remain flexible, keep everyone "
                    + "informed, and adapt as things develop.",
            "Many people find it useful to write down their thoughts, set clear priorities, and ask others for "
                    + "feedback. Let me know if you'd like more details on any of these points!");

    private GenericAnswers() {
    }
}
