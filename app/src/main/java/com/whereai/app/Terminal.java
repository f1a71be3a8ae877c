package com.whereai.app;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 standard streams, whatever the platform's default encoding, so stars and å, ä, ö survive. */
final class Terminal {

    private Terminal() {}

    static PrintWriter out() {
        return new PrintWriter(
                new java.io.OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    }

    static PrintWriter err() {
        return new PrintWriter(
                new java.io.OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    }

    static BufferedReader in() {
        return new BufferedReader(
                new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
    }
}
