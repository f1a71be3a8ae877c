package com.whereai.core.command;

import com.whereai.knowledge.DeploymentOption;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.OptionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the options a text names: ids ("rented-server"), guide numbers ("2b"), "alternativ 3", "option 5",
 * and the names and providers in the guide's alias lists ("groq", "runpod", "aws", "lokalt").
 */
public final class OptionResolver {

    private static final Set<String> FILLER = Set.of(
            "and",
            "och",
            "or",
            "eller",
            "vs",
            "vs.",
            "versus",
            "mot",
            "with",
            "med",
            "to",
            "till",
            "&",
            "+",
            "the",
            "option",
            "options",
            "alternativ",
            "alternativen",
            "alt",
            "alt.",
            "nr",
            "no",
            "number",
            "nummer",
            "",
            "-",
            "/",
            "a",
            "an",
            "en",
            "ett");

    private final Map<String, OptionId> aliases = new HashMap<>();
    private final int longestAlias;

    public OptionResolver(Guide guide) {
        for (DeploymentOption option : guide.options()) {
            OptionId id = option.optionId();
            add(id.id(), id);
            add(id.guideNumber(), id);
            add(option.shortName().sv(), id);
            add(option.shortName().en(), id);
            option.aliases().forEach(alias -> add(alias, id));
        }
        longestAlias = aliases.keySet().stream()
                .mapToInt(a -> a.split(" ").length)
                .max()
                .orElse(1);
    }

    /** The option the whole text names, if it names exactly one and nothing else. */
    public Optional<OptionId> resolveWhole(String text) {
        Resolution r = resolveAll(text);
        return r.options().size() == 1 && r.unknown().isEmpty()
                ? Optional.of(r.options().get(0))
                : Optional.empty();
    }

    /** Every option named in the text, in order and without repeats, plus the words that named none. */
    public Resolution resolveAll(String text) {
        String[] words =
                text.toLowerCase(Locale.ROOT).replaceAll("[,;?!]", " ").trim().split("\\s+");
        List<OptionId> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int matched = 0;
            for (int n = Math.min(longestAlias, words.length - i); n >= 1 && matched == 0; n--) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n))
                        .replaceAll("[.:]$", "");
                OptionId id = aliases.get(candidate);
                if (id != null) {
                    if (!found.contains(id)) {
                        found.add(id);
                    }
                    matched = n;
                }
            }
            if (matched == 0) {
                if (!FILLER.contains(words[i])) {
                    unknown.add(words[i]);
                }
                i++;
            } else {
                i += matched;
            }
        }
        return new Resolution(found, unknown);
    }

    /** Options mentioned anywhere in free text (for "why not" and the like). */
    public List<OptionId> mentioned(String text) {
        return resolveAll(text).options();
    }

    private void add(String alias, OptionId id) {
        aliases.putIfAbsent(alias.toLowerCase(Locale.ROOT).trim(), id);
    }

    /** The options found, and the leftover words that named no option. */
    public record Resolution(List<OptionId> options, List<String> unknown) {}
}
