package com.whereai.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Vad är VRAM?                                   | SV
            Vi har känsliga data och ingen IT-avdelning    | SV
            jämför 1 2a                                    | SV
            What is VRAM?                                  | EN
            We have sensitive data and no IT department    | EN
            compare 1 2a                                   | EN
            hjälp                                          | SV
            help                                           | EN
            """)
    void tells_swedish_from_english(String text, Lang lang) {
        assertThat(detector.detect(text)).contains(lang);
    }

    @Test
    void says_nothing_when_the_text_does_not_tell() {
        assertThat(detector.detect("2a")).isEmpty();
        assertThat(detector.detect("vram 70b")).isEmpty();
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect(null)).isEmpty();
    }
}
