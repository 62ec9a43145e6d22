package io.github.personagym.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathPersonasTest {

    @TempDir
    Path dir;

    @Test
    void aGlobFindsPersonaFilesInADottedFolderOnDiskUnderTheirOwnNames() throws IOException {
        Path root = dir.resolve("classes");
        write(root.resolve("personas.v2/captain.yaml"));
        write(root.resolve("personas.v2/crew/nurse.yaml"));

        try (var loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            var personas = new ClasspathPersonas(loader);

            assertThat(personas.resolve("personas.v2/**/*.yaml"))
                    .containsExactly("personas.v2/captain.yaml", "personas.v2/crew/nurse.yaml");
            assertThat(loader.getResource(personas.resolve("personas.v2/*.yaml").get(0))).isNotNull();
        }
    }

    @Test
    void aGlobFindsPersonaFilesInADottedFolderOfAJar() throws IOException {
        Path jar = dir.resolve("personas.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("personas.v2/"));
            out.putNextEntry(new JarEntry("personas.v2/captain.yaml"));
            out.write("id: captain\n".getBytes());
            out.putNextEntry(new JarEntry("other/nurse.yaml"));
            out.write("id: nurse\n".getBytes());
        }

        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(new ClasspathPersonas(loader).resolve("personas.v2/*.yaml"))
                    .containsExactly("personas.v2/captain.yaml");
        }
    }

    @Test
    void aPlainPathIsFoundThroughTheGivenClassLoaderOnly() throws IOException {
        Path root = dir.resolve("classes");
        write(root.resolve("personas/captain.yaml"));

        try (var loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(new ClasspathPersonas(loader).resolve("/personas/captain.yaml"))
                    .containsExactly("personas/captain.yaml");
        }
        assertThat(new ClasspathPersonas(getClass().getClassLoader()).resolve("personas/captain.yaml")).isEmpty();
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("id: x\n".getBytes());
        }
    }
}
