package com.whereai.app;

import com.whereai.knowledge.Lang;
import picocli.CommandLine;

/** Reads {@code --lang sv|en}. */
final class LangOption implements CommandLine.ITypeConverter<Lang> {

    @Override
    public Lang convert(String value) {
        return Lang.fromCode(value)
                .orElseThrow(
                        () -> new CommandLine.TypeConversionException("--lang must be sv or en, was '" + value + "'"));
    }
}
