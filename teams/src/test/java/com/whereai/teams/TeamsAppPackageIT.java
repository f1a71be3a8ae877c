package com.whereai.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The uploadable Teams app package the build makes, checked the way Teams' upload would check it. */
class TeamsAppPackageIT {

    private static final Path NODE = Path.of("src/test/node");
    private static final Map<String, byte[]> ENTRIES = new LinkedHashMap<>();

    @BeforeAll
    static void unzip() throws Exception {
        Path zip = Path.of(System.getProperty("teams.package", "target/where-ai-teams.zip"));
        assertThat(zip).as("mvn package builds the app package").exists();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ENTRIES.put(entry.getName(), in.readAllBytes());
            }
        }
    }

    @Test
    void the_package_holds_the_manifest_and_both_icons_at_the_top() {
        assertThat(ENTRIES).containsOnlyKeys("manifest.json", "color.png", "outline.png");
    }

    @Test
    void the_manifest_carries_the_app_id_and_a_bot_for_personal_team_and_group_chat() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(ENTRIES.get("manifest.json"));
        String appId = System.getProperty("teams.appId", "00000000-0000-0000-0000-000000000000");

        assertThat(manifest.get("id").asText()).isEqualTo(appId);
        assertThat(manifest.at("/bots/0/botId").asText()).isEqualTo(appId);
        assertThat(manifest.at("/bots/0/scopes").toString()).contains("personal", "team", "groupChat");
        assertThat(manifest.at("/bots/0/commandLists/0/commands").findValuesAsText("title"))
                .contains("help", "hjälp", "recommend", "rekommendera");
    }

    @Test
    void the_manifest_passes_the_teams_manifest_schema() throws Exception {
        Path file = Files.createTempFile("manifest", ".json");
        Files.write(file, ENTRIES.get("manifest.json"));

        Result result = validate(file);

        assertThat(result.output()).endsWith("0 errors");
        assertThat(result.code()).isZero();
    }

    @Test
    void the_schema_check_catches_a_manifest_teams_would_refuse() throws Exception {
        ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(ENTRIES.get("manifest.json"));
        ((ObjectNode) manifest.get("name")).put("short", "where-ai, the bot with a name far too long for Teams");
        manifest.remove("developer");
        Path file = Files.createTempFile("bad-manifest", ".json");
        Files.writeString(file, manifest.toString());

        Result result = validate(file);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.output()).contains("developer");
    }

    @Test
    void the_icons_are_192_colour_and_32_transparent_outline() throws Exception {
        BufferedImage color = ImageIO.read(new ByteArrayInputStream(ENTRIES.get("color.png")));
        BufferedImage outline = ImageIO.read(new ByteArrayInputStream(ENTRIES.get("outline.png")));

        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getRGB(0, 0) >>> 24)
                .as("outline background is transparent")
                .isZero();
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                assertThat((argb >>> 24) == 0 || (argb & 0xFFFFFF) == 0xFFFFFF)
                        .as("outline pixel %d,%d is white or transparent", x, y)
                        .isTrue();
            }
        }
    }

    private static Result validate(Path manifest) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "node", "validate-manifest.js", manifest.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .directory(NODE.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {}
}
