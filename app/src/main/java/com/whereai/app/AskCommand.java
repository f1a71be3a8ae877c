package com.whereai.app;

import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.chart.LineChartPng;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.JsonReplyWriter;
import com.whereai.core.reply.PlainTextRenderer;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code where-ai ask [--json] [--lang sv|en] [--png FILE] TEXT...}: one answer, then exit. With {@code --png}, the
 * reply's first line chart (the cost chart) is also written to FILE as a PNG; a reply without one says so.
 */
@Command(name = "ask", description = "Answer once and exit.", mixinStandardHelpOptions = true)
final class AskCommand implements Callable<Integer> {

    private final WhereAi.Context context;
    private final Function<AppConfig, WhereAiBot> bots;

    @Option(names = "--json", description = "Print the reply as one JSON object.")
    boolean json;

    @Option(
            names = "--lang",
            paramLabel = "sv|en",
            converter = LangOption.class,
            description = "Reply in this language whatever the text's language.")
    Lang lang;

    @Option(
            names = "--png",
            paramLabel = "FILE",
            description = "Also write the reply's chart to FILE as a PNG (800x450); says so on stderr.")
    Path png;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What you would type after /where-ai.")
    List<String> words;

    AskCommand(WhereAi.Context context) {
        this(context, Bots::create);
    }

    /** @param bots builds the bot that answers (a test may give one whose replies have a chart) */
    AskCommand(WhereAi.Context context, Function<AppConfig, WhereAiBot> bots) {
        this.context = context;
        this.bots = bots;
    }

    @Override
    public Integer call() {
        AppConfig config = context.config();
        WhereAiBot bot = bots.apply(config);
        Query query = new Query(String.join(" ", words), lang, config.defaultLang());
        Reply reply;
        if (json) {
            reply = bot.answer(query);
            context.out().print(new JsonReplyWriter().write(reply) + "\n");
        } else {
            StreamedText streamed = new StreamedText(context.out());
            reply = bot.answer(query, streamed);
            streamed.finish();
            context.out().print(new PlainTextRenderer().render(reply));
        }
        context.out().flush();
        return png == null ? 0 : writePng(reply);
    }

    /** Writes the reply's first line chart to {@link #png}: 0 when written or when there is none, 2 when it cannot. */
    private int writePng(Reply reply) {
        Optional<CardElement.LineChart> chart = reply.body().stream()
                .filter(CardElement.LineChart.class::isInstance)
                .map(CardElement.LineChart.class::cast)
                .findFirst();
        if (chart.isEmpty()) {
            context.err().println("where-ai: this reply has no chart; nothing was written to " + png);
            context.err().flush();
            return 0;
        }
        try {
            Files.write(png, LineChartPng.render(chart.get()));
        } catch (IOException | SecurityException e) {
            context.err().println("where-ai: cannot write the chart to " + png + ": " + reason(e));
            context.err().flush();
            return WhereAi.USAGE;
        }
        context.err()
                .println("where-ai: wrote the chart \"" + chart.get().caption() + "\" to " + png + " ("
                        + LineChartPng.WIDTH + "x" + LineChartPng.HEIGHT + " PNG)");
        context.err().flush();
        return 0;
    }

    /** Why a file cannot be written, in a few words on one line. */
    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
