package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged jar, run as a user would run it: a separate java process. */
class WhereAiJarIT {

    private static final Path JAR = Path.of(System.getProperty("whereai.jar", "target/where-ai.jar"));

    @Test
    void the_jar_answers_ask_json_and_exits_zero() throws Exception {
        Result result = run(Map.of(), "", "ask", "--json", "weekend hackathon trying an open model cheaply");

        assertThat(result.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("intent").asText()).isEqualTo("recommend");
        assertThat(json.at("/recommendation/ranking/0/option").asText()).isEqualTo("inference-api");
    }

    @Test
    void the_jar_prints_stars_and_swedish_letters_in_utf8_whatever_the_locale() throws Exception {
        Result result = run(Map.of("LANG", "C", "LC_ALL", "C"), "", "ask", "jämför");

        assertThat(result.out()).contains("Jämförelse", "★★★★★");
    }

    @Test
    void bad_usage_exits_two_with_one_line_on_stderr() throws Exception {
        Result result = run(Map.of(), "", "ask", "--lang", "xx", "hej");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip()).hasLineCount(1).startsWith("where-ai:");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void chat_reads_standard_input() throws Exception {
        Result result = run(Map.of(), "vad är en gpu?\nexit\n", "chat");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("professor");
    }

    @Test
    void serve_starts_jetty_and_answers_health_and_the_health_command_says_so() throws Exception {
        ProcessBuilder builder = command(Map.of("PORT", "0"), "serve");
        Process process = builder.start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher port = Pattern.compile("http://localhost:(\\d+)").matcher(line == null ? "" : line);
            assertThat(port.find()).as("startup line: %s", line).isTrue();
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");

            Result check = run(Map.of("PORT", port.group(1)), "", "health");
            assertThat(check.code()).as("where-ai health: %s", check.err()).isZero();
            assertThat(check.out())
                    .startsWith("healthy: GET http://127.0.0.1:" + port.group(1) + "/health answered 200");
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Result run(Map<String, String> env, String stdin, String... args) throws Exception {
        Process process = command(env, args).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    private static ProcessBuilder command(Map<String, String> env, String... args) {
        assertThat(Files.exists(JAR)).as("%s is built by mvn package", JAR).isTrue();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("WHERE_AI_LANG");
        builder.environment().putAll(env);
        return builder;
    }

    private record Result(int code, String out, String err) {}
}
