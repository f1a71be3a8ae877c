package com.whereai.app;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the command line, with its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun of(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WhereAi.run(
                args, env, new BufferedReader(new StringReader(stdin)), new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(Map.of(), "", args);
    }
}
