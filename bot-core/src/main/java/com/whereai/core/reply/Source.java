package com.whereai.core.reply;

/** A guide entry a reply was built from: its stable id and its title in the reply's language. */
public record Source(String id, String title) {}
