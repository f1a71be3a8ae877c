package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.whereai.app.ImageTar.ImageFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The container image Jib wrote to {@code target/where-ai-image.tar} ({@code mvn verify -Pimage}), opened without
 * Docker: its config says how the container runs, its layers hold what that needs. Skipped when the build made no
 * image.
 */
class WhereAiImageIT {

    private static ImageTar image;
    private static JsonNode config;

    @BeforeAll
    static void read() throws IOException {
        String tar = System.getProperty("whereai.image.tar", "");
        assumeFalse(tar.isBlank(), "no image built (mvn verify -Pimage builds one)");
        image = ImageTar.read(Path.of(tar));
        config = image.config().get("config");
    }

    @Test
    void runs_as_an_unprivileged_numeric_user() {
        String user = config.get("User").asText();

        assertThat(user).matches("\\d+:\\d+");
        assertThat(Integer.parseInt(user.split(":")[0])).isPositive();
        assertThat(Integer.parseInt(user.split(":")[1])).isPositive();
    }

    @Test
    void serves_on_port_3978_by_default_and_any_subcommand_can_replace_serve() {
        List<String> entrypoint = strings(config.get("Entrypoint"));

        assertThat(entrypoint.get(0)).endsWith("java");
        assertThat(entrypoint).containsSubsequence("-cp", "@/app/jib-classpath-file", "com.whereai.app.WhereAi");
        assertThat(entrypoint.get(entrypoint.size() - 1)).isEqualTo("com.whereai.app.WhereAi");
        assertThat(strings(config.get("Cmd"))).containsExactly("serve");
        assertThat(fieldNames(config.get("ExposedPorts"))).containsExactly("3978/tcp");
        assertThat(strings(config.get("Env"))).contains("PORT=3978", "LANG=C.UTF-8", "WHERE_AI_DATA_DIR=/tmp/where-ai");
    }

    @Test
    void carries_no_secret_and_says_what_it_is() {
        assertThat(strings(config.get("Env")))
                .noneMatch(v -> v.startsWith("SLACK_") || v.startsWith("MICROSOFT_") || v.contains("PASSWORD"));
        JsonNode labels = config.get("Labels");
        assertThat(labels.get("org.opencontainers.image.title").asText()).isEqualTo("where-ai");
        assertThat(labels.get("org.opencontainers.image.version").asText()).isNotBlank();
        assertThat(image.config().get("architecture").asText()).isEqualTo("amd64");
        assertThat(image.config().get("os").asText()).isEqualTo("linux");
    }

    @Test
    void the_layers_hold_the_app_and_every_jar_on_its_class_path() {
        assertThat(image.file("/app/classes/com/whereai/app/WhereAi.class")).isNotNull();
        assertThat(image.file("/app/classes/com/whereai/app/HealthCommand.class"))
                .isNotNull();
        String[] classPath =
                image.file("/app/jib-classpath-file").text().strip().split(":");

        assertThat(classPath).contains("/app/classes", "/app/resources");
        assertThat(Arrays.stream(classPath).filter(p -> p.endsWith(".jar")))
                .anyMatch(p -> p.matches("/app/libs/bot-core-.*\\.jar"))
                .anyMatch(p -> p.matches("/app/libs/knowledge-.*\\.jar"))
                .anyMatch(p -> p.matches("/app/libs/slack-.*\\.jar"))
                .anyMatch(p -> p.matches("/app/libs/teams-.*\\.jar"))
                .anyMatch(p -> p.matches("/app/libs/jetty-server-.*\\.jar"))
                .allMatch(p -> image.file(p) != null);
    }

    @Test
    void its_own_java_has_what_it_loads_and_nothing_else_to_run() {
        String java = strings(config.get("Entrypoint")).get(0);
        // A base image from a registry (-Djib.from.image=...) brings its own java on the PATH.
        assumeTrue(java.startsWith("/"), "java comes from the base image");

        ImageFile binary = image.file(java);
        assertThat(binary).isNotNull();
        assertThat(binary.executable()).isTrue();
        assertThat(image.file("/lib64/ld-linux-x86-64.so.2").executable()).isTrue();
        assertThat(image.file("/lib/x86_64-linux-gnu/libc.so.6")).isNotNull();
        assertThat(image.file("/opt/java/lib/server/libjvm.so")).isNotNull();
        assertThat(image.file("/opt/java/lib/security/cacerts").size()).isPositive();
        assertThat(image.file("/lib/x86_64-linux-gnu/libfontconfig.so.1")).isNotNull();
        assertThat(image.file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
                .isNotNull();
        assertThat(image.file("/opt/java/release").text()).contains("JAVA_VERSION=\"17");
        String uid = config.get("User").asText().split(":")[0];
        assertThat(image.file("/etc/passwd").text()).containsPattern("(?m)^where-ai:x:" + uid + ":");
        assertThat(image.file("/tmp").mode() & 0777).isEqualTo(0777);
        // Nothing beyond what java needs: no shell or tool to misuse.
        assertThat(image.files().keySet())
                .doesNotContain("bin/sh", "bin/bash", "usr/bin/apt", "usr/bin/curl", "usr/bin/wget");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().collect(Collectors.toList());
    }
}
