package com.whereai.app;

import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.reply.JsonReplyWriter;
import com.whereai.core.reply.PlainTextRenderer;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code where-ai ask [--json] [--lang sv|en] TEXT...}: one answer, then exit. */
@Command(name = "ask", description = "Answer once and exit.", mixinStandardHelpOptions = true)
final class AskCommand implements Runnable {

    private final WhereAi.Context context;

    @Option(names = "--json", description = "Print the reply as one JSON object.")
    boolean json;

    @Option(
            names = "--lang",
            paramLabel = "sv|en",
            converter = LangOption.class,
            description = "Reply in this language whatever the text's language.")
    Lang lang;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What you would type after /where-ai.")
    List<String> words;

    AskCommand(WhereAi.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        AppConfig config = context.config();
        WhereAiBot bot = Bots.create(config);
        Query query = new Query(String.join(" ", words), lang, config.defaultLang());
        if (json) {
            context.out().print(new JsonReplyWriter().write(bot.answer(query)) + "\n");
        } else {
            StreamedText streamed = new StreamedText(context.out());
            Reply reply = bot.answer(query, streamed);
            streamed.finish();
            context.out().print(new PlainTextRenderer().render(reply));
        }
        context.out().flush();
    }
}
