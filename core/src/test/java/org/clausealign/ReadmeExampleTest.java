package org.clausealign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example is a whole program that compiles as it stands, imports included. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    /** {@return the README's library example, a whole program with its imports} */
    static String example() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```java\nimport ");
        assertTrue(start >= 0, "the README has no Java example with imports");
        return readme.substring(start + "```java\n".length(), readme.indexOf("```", start + 7));
    }

    @Test
    void theReadmeExampleCompiles() throws Exception {
        Path source = Files.writeString(dir.resolve("Example.java"), example());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean ok = javac.getTask(messages, null, null, List.of("--release", "21", "-d", dir.toString(),
                "-cp", System.getProperty("java.class.path")), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
        assertTrue(ok, messages.toString());
    }
}
