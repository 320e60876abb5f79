package org.clausealign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        List<String> options = List.of("-Xdoclint:all", "-quiet", "--release", "21", "-d", out.toString(),
                "-cp", System.getProperty("java.class.path"), "-sourcepath", "src/main/java", "-subpackages", "org.clausealign");
        boolean ok = javadoc.getTask(messages, null, null, null, options, null).call();
        String report = messages.toString();
        assertEquals("", report.lines().filter(l -> l.contains("warning") || l.contains("error")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(true, ok && Files.exists(out.resolve("index.html")), report);
    }
}
