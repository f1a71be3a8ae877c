package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code compose.yaml} (where-ai, PostgreSQL, Ollama), checked offline against the Compose
 * Specification's JSON schema (compose-spec/compose-spec, Apache 2.0, copied to {@code src/test/resources/compose-spec/})
 * and against what where-ai needs from it; {@code .env.example} names every variable it requires.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("../compose.yaml");
    private static final Path ENV_EXAMPLE = Path.of("../.env.example");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(
                    SchemaLocation.of("classpath:compose-spec/compose-spec.json"),
                    SchemaValidatorsConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .locale(Locale.ENGLISH)
                            .build());

    @Test
    void compose_file_is_valid_against_the_compose_specification() throws IOException {
        assertThat(validate(compose()))
                .as("Compose schema errors in %s", COMPOSE)
                .isEmpty();
    }

    @Test
    void a_misspelt_key_fails_the_schema_so_the_check_is_real() throws IOException {
        ObjectNode compose = compose();
        ObjectNode whereAi = (ObjectNode) compose.at("/services/where-ai");
        whereAi.set("healthchek", whereAi.remove("healthcheck"));

        assertThat(validate(compose)).anySatisfy(error -> assertThat(error).contains("healthchek"));
    }

    @Test
    void where_ai_runs_unprivileged_on_a_read_only_root_with_its_own_health_check() throws IOException {
        JsonNode whereAi = compose().at("/services/where-ai");

        assertThat(whereAi.get("user").asText()).matches("[1-9]\\d*:[1-9]\\d*");
        assertThat(whereAi.get("read_only").asBoolean()).isTrue();
        assertThat(texts(whereAi.get("tmpfs"))).contains("/tmp");
        assertThat(texts(whereAi.get("cap_drop"))).containsExactly("ALL");
        List<String> test = texts(whereAi.at("/healthcheck/test"));
        assertThat(test.get(0)).isEqualTo("CMD");
        assertThat(test)
                .containsSubsequence("-cp", "@/app/jib-classpath-file", "com.whereai.app.WhereAi", "health")
                .as("healthy means ready: not while starting or draining")
                .endsWith("health", "--path", "/health/ready");
        assertThat(texts(whereAi.get("ports")))
                .anySatisfy(port -> assertThat(port).endsWith(":3978"));
    }

    @Test
    void where_ai_reaches_postgres_and_ollama_by_their_service_names() throws IOException {
        JsonNode compose = compose();
        JsonNode environment = compose.at("/services/where-ai/environment");

        String database = environment.get("WHERE_AI_DATABASE_URL").asText();
        assertThat(database).startsWith("jdbc:postgresql://postgres:5432/").contains("?user=", "&password=");
        assertThat(environment.get("OLLAMA_BASE_URL").asText()).isEqualTo("http://ollama:11434");
        assertThat(compose.at("/services/postgres").isObject()).isTrue();
        assertThat(compose.at("/services/ollama").isObject()).isTrue();
        assertThat(compose.at("/services/where-ai/depends_on/postgres/condition")
                        .asText())
                .isEqualTo("service_healthy");
    }

    @Test
    void postgres_keeps_its_data_in_a_volume_and_reports_ready_with_pg_isready() throws IOException {
        JsonNode compose = compose();
        JsonNode postgres = compose.at("/services/postgres");

        assertThat(postgres.get("image").asText()).startsWith("postgres:");
        assertThat(String.join(" ", texts(postgres.at("/healthcheck/test")))).contains("pg_isready");
        assertThat(texts(postgres.get("volumes"))).contains("postgres-data:/var/lib/postgresql/data");
        assertThat(texts(compose.at("/services/ollama/volumes"))).contains("ollama-data:/root/.ollama");
        assertThat(compose.get("volumes").has("postgres-data")).isTrue();
        assertThat(compose.get("volumes").has("ollama-data")).isTrue();
    }

    @Test
    void env_example_names_every_variable_compose_requires_and_no_secret_value() throws IOException {
        Set<String> required = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(Files.readString(COMPOSE));
        while (matcher.find()) {
            required.add(matcher.group(1));
        }
        List<String> lines = Files.readAllLines(ENV_EXAMPLE);
        Set<String> named = lines.stream()
                .filter(line -> line.matches("[A-Z_]+=.*"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(required).contains("POSTGRES_PASSWORD");
        assertThat(named).containsAll(required);
        assertThat(lines)
                .filteredOn(line -> line.matches("(SLACK_|MICROSOFT_APP_PASSWORD|POSTGRES_PASSWORD).*=.*"))
                .allSatisfy(line -> assertThat(line).endsWith("="));
    }

    private static ObjectNode compose() throws IOException {
        assertThat(COMPOSE).as("run from the app module directory").isRegularFile();
        JsonNode compose = YAML.readTree(COMPOSE.toFile());
        assertThat(compose).as("%s is a YAML mapping", COMPOSE).isInstanceOf(ObjectNode.class);
        return (ObjectNode) compose;
    }

    /** The errors as readable lines, so a failing assertion shows what Compose would reject. */
    private static List<String> validate(JsonNode compose) {
        return SCHEMA.validate(compose).stream()
                .map(error -> error.getType() + ": " + error.getMessage())
                .sorted()
                .collect(Collectors.toList());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
