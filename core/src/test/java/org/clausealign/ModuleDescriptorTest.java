package org.clausealign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a module: a program on the module path reaches the API packages and runs, and
 * cannot reach the internal ones. (The other tests run on the class path, where every package is
 * reachable.)
 */
class ModuleDescriptorTest {
    @TempDir
    Path dir;

    /** The compiled library (the class path's folder holding module-info.class) and the jars it needs. */
    private static String modulePath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Files.isDirectory(Path.of(entry)) || Files.exists(Path.of(entry, "module-info.class")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Writes a module {@code example} of one class {@code example.Example} and compiles it; returns javac's messages, or null if it compiled. */
    private String compileExample(String classBody) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/example"));
        Path module = Files.writeString(sources.resolve("module-info.java"), "module example { requires org.clausealign; }\n");
        Path example = Files.writeString(Files.createDirectories(sources.resolve("example")).resolve("Example.java"),
                "package example;\n" + classBody);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean ok = javac.getTask(messages, null, null, List.of("--release", "21", "-d", dir.resolve("out").toString(),
                "--module-path", modulePath()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(module, example)).call();
        return ok ? null : messages.toString();
    }

    @Test
    void theReadmeExampleCompilesInAModuleThatRequiresOnlyTheLibrary() throws IOException {
        String messages = compileExample(ReadmeExampleTest.example());
        assertNull(messages, messages);
    }

    @Test
    void onlyTheApiPackagesAreExportedAndToEveryModule() {
        ModuleDescriptor library = ModuleFinder.of(Arrays.stream(modulePath().split(File.pathSeparator)).map(Path::of)
                .toArray(Path[]::new)).find("org.clausealign").orElseThrow().descriptor();
        assertEquals(new TreeSet<>(List.of("org.clausealign", "org.clausealign.align", "org.clausealign.check",
                        "org.clausealign.clause", "org.clausealign.format", "org.clausealign.lang", "org.clausealign.revision",
                        "org.clausealign.search")),
                library.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(library.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), library.exports().toString());
    }

    @Test
    void theInternalPackagesAreNotVisibleToOtherModules() throws IOException {
        String messages = compileExample("""
                import org.clausealign.read.Readers;
                import org.clausealign.text.TextDecoder;
                import org.clausealign.corpus.DocumentFiles;
                import org.clausealign.lang.ja.JapaneseRules;
                import org.clausealign.lang.en.EnglishRules;
                import org.clausealign.lang.fr.FrenchRules;
                public class Example {}
                """);
        for (String internal : List.of("read", "text", "corpus", "lang.ja", "lang.en", "lang.fr")) {
            assertTrue(messages != null && messages.contains("package org.clausealign." + internal + " is not visible"),
                    internal + ": " + messages);
        }
    }

    @Test
    void theLibraryReadsTextWordAndPdfOnTheModulePath() throws Exception {
        String messages = compileExample("""
                import java.nio.file.Path;
                import java.util.stream.Collectors;
                import org.clausealign.ClauseAlign;
                public class Example {
                    public static void main(String[] args) {
                        for (String file : args) {
                            System.out.println(ClauseAlign.read(Path.of(file)).versions().stream()
                                    .map(v -> v.language().code()).collect(Collectors.joining(",")));
                        }
                    }
                }
                """);
        assertNull(messages, messages);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--module-path", dir.resolve("out") + File.pathSeparator + modulePath(), "-m", "example/example.Example"));
        for (String fixture : List.of("moc/000_220169e4c12b3807.txt", "formats/udhr-en.docx", "formats/moc-fr-word.pdf")) {
            command.add(TestData.path(fixture).toString());
        }
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child process ended");
        assertEquals(0, child.exitValue(), out);
        assertEquals(List.of("ja,en,fr", "en", "fr"), out.lines().toList());
    }
}
