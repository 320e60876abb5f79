package org.clausealign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's javadoc builds with every doclint check and no warning, so the API is documented whole. */
class JavadocTest {
    @TempDir
    Path out;

    @Test
    void javadocBuildsWithoutWarnings() {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        StringWriter messages = new StringWriter();
        // The library is a module: its dependencies go on the module path (the test's class path
        // without the compiled classes, which javadoc reads from source), and every package is
        // documented, the internal ones too, so that all of them pass the lint.
        String dependencies = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Files.isDirectory(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> options = List.of("-Xdoclint:all", "-quiet", "--release", "21", "-d", out.toString(),
                "--module-path", dependencies, "--source-path", "src/main/java", "--module", "org.clausealign",
                "--show-packages", "all");
        boolean ok = javadoc.getTask(messages, null, null, null, options, null).call();
        String report = messages.toString();
        assertEquals("", report.lines().filter(l -> l.contains("warning") || l.contains("error")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(true, ok && Files.exists(out.resolve("index.html")), report);
    }
}
