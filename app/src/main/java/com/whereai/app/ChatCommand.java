package com.whereai.app;

import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.reply.PlainTextRenderer;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code where-ai chat}: an interactive session. A line the text cannot place in a language is answered
 * in the language of the conversation so far. The session is one conversation: a follow-up ("and we have no IT
 * staff") is read against the situation described before, until "start over".
 */
@Command(
        name = "chat",
        description = "Talk to the bot in the terminal; 'exit' to leave.",
        mixinStandardHelpOptions = true)
final class ChatCommand implements Runnable {

    private static final Set<String> EXIT = Set.of("exit", "quit", ":q", "avsluta", "hejdå", "bye");

    private final WhereAi.Context context;

    @Option(
            names = "--lang",
            paramLabel = "sv|en",
            converter = LangOption.class,
            description = "Always reply in this language.")
    Lang lang;

    ChatCommand(WhereAi.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        AppConfig config = context.config();
        WhereAiBot bot = Bots.create(config);
        PlainTextRenderer renderer = new PlainTextRenderer();
        PrintWriter out = context.out();
        Lang conversation = lang != null ? lang : config.defaultLang();
        String session = "chat:" + UUID.randomUUID();
        out.println(
                conversation == Lang.SV
                        ? "where-ai – fråga var er AI-modell ska bo. Skriv \"hjälp\" för exempel och \"exit\" för att avsluta."
                        : "where-ai – ask where your AI model should live. Type \"help\" for examples and \"exit\" to leave.");
        while (true) {
            out.print("where-ai> ");
            out.flush();
            String line = readLine();
            if (line == null || EXIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                out.println();
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            out.println();
            StreamedText streamed = new StreamedText(out);
            Reply reply = bot.answer(new Query(line, lang, conversation).inConversation(session), streamed);
            streamed.finish();
            conversation = reply.lang();
            out.print(renderer.render(reply));
            out.println();
        }
    }

    private String readLine() {
        try {
            return context.in().readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
