package io.github.personagym.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every broken task file is refused with its file, the line of the problem and what to do. */
class BrokenTaskFileTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            missing-criterion.yaml   | 5  | 'criteria' has no criterion for score 4. A rubric needs exactly five criteria, one for each score 1 to 5.
            six-criteria.yaml        | 10 | 'criteria' has the key '6', but rubrics score from 1 to 5. Keep exactly five criteria, keyed 1 to 5.
            unknown-key.yaml         | 4  | unknown key 'critera'. Did you mean 'criteria'? A task has the keys name, kind, description, question-guidance, criteria.
            bad-yaml.yaml            | 3  | this is not valid YAML (while scanning a quoted scalar; found unexpected end of stream). Fix the YAML at that place; a task file is a mapping with the keys name, kind, description, question-guidance, criteria.
            missing-description.yaml | 1  | task 'Brevity' has no 'description'. Add 'description:' with what the task measures.
            duplicate-key.yaml       | 3  | the key 'name' is given twice. Keep one.
            blank-criterion.yaml     | 7  | the criterion for score 3 is blank. Write what an answer worth 3 is like.
            criteria-as-list.yaml    | 5  | 'criteria' maps each score 1 to 5 to its criterion (e.g. '1: The answer ...'), but found a list.
            list-with-extra-key.yaml | 11 | a file with a 'tasks:' list holds nothing else, but it also has 'version'. Move it into one of the tasks or remove it.
            twice-in-list.yaml       | 6  | task 'brevity' is defined twice in this file (entries 1 and 2). Keep one of them.
            a-list.yaml              | 1  | a task file holds one task (a mapping with the keys name, kind, description, question-guidance, criteria) or 'tasks:' with a list of them, but this file starts with a list.
            empty.yaml               | 1  | the file is empty. Write one task (keys name, kind, description, question-guidance, criteria) or a 'tasks:' list of them.
            alias.yaml               | 2  | anchors and aliases (&name, *name) are not supported in a task file; write the text out in full.
            custom-tag.yaml          | 2  | the tag 'tag:yaml.org,2002:python/object:os.system' is not supported in a task file; remove it.
            toxicity-twice.yaml      | 6  | task 'Toxicity Control' is defined twice in this file (entries 1 and 2). Keep one of them.
            unknown-kind.yaml        | 2  | unknown kind 'choise'. Did you mean 'choice'? A task's kind is one of rubric, dialogue, conversation, reference, choice (rubric when 'kind' is left out).
            choice-with-criteria.yaml | 4 | task 'Sea Knowledge' is of kind choice, which is scored by accuracy against what its questions give in the suite, not by a rubric. Remove 'criteria', or make the task of kind rubric.
            conversation-without-criteria.yaml | 1 | task 'Long Voyage' has no 'criteria'. Add 'criteria:' with one criterion per score, keyed 1 to 5.
            reference-built-in.yaml  | 1  | task 'Linguistic Habits' is named like one of PersonaGym's built-in tasks, which are of kind rubric. Give a task of kind reference a name of its own.
            """)
    void brokenFileIsRefusedWithFileLineAndRemedy(String file, int line, String problem) {
        Path path = TaskCatalogTest.fixture("broken/" + file);

        TaskFileException e = catchThrowableOfType(TaskFileException.class,
                () -> TaskCatalog.builtIn().withTasksFrom(path));

        assertThat(e).as("loading %s", file).isNotNull();
        assertThat(e.source()).isEqualTo(path.toString());
        assertThat(e.line()).hasValue(line);
        assertThat(e.getMessage()).startsWith("Task file " + path + ", line " + line + ", column ")
                .endsWith(": " + problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            not-utf8.yaml | the file is not UTF-8 text. Save it as UTF-8.
            """)
    void fileThatIsNotTextAtAllIsRefusedWithoutALine(String file, String problem) {
        Path path = TaskCatalogTest.fixture("broken/" + file);

        TaskFileException e = catchThrowableOfType(TaskFileException.class,
                () -> TaskCatalog.builtIn().withTasksFrom(path));

        assertThat(e.line()).isEqualTo(OptionalInt.empty());
        assertThat(e.getMessage()).isEqualTo("Task file " + path + ": " + problem);
    }
}
