package com.whereai.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}B")
    @CsvSource(delimiter = '|', textBlock = """
            vram 70b                       | 70
            llama-3.1:8b                   | 8
            a 13B model                    | 13
            13 miljarder parametrar        | 13
            mixtral 8x7b                   | 56
            qwen 1.5b                      | 1.5
            gpt-4 at 1.8t                  | 1800
            """)
    void reads_model_sizes(String text, double billions) {
        assertThat(Quantities.modelBillions(text)).contains(billions);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} GB")
    @CsvSource(delimiter = '|', textBlock = """
            on 12 gb                      | 12
            24gb card                     | 24
            2x24 gb                       | 48
            two 24 gb gpus                | 48
            två 80 GB-kort                | 160
            16,5 gb                       | 16.5
            """)
    void reads_memory(String text, double gb) {
        assertThat(Quantities.memoryGb(text)).contains(gb);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} tokens")
    @CsvSource(delimiter = '|', textBlock = """
            70b with 8k context           | 8192
            context 32768                 | 32768
            kontext 16k                   | 16384
            """)
    void reads_context_length(String text, int tokens) {
        assertThat(Quantities.contextTokens(text)).contains(tokens);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} users")
    @CsvSource(delimiter = '|', textBlock = """
            500 users                     | 500
            10 000 användare              | 10000
            2 million customers           | 2000000
            50k users                     | 50000
            1,5 miljoner användare        | 1500000
            """)
    void reads_users(String text, long users) {
        assertThat(Quantities.users(text)).contains(users);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gpt-4
            version 3.1
            12 gb
            """)
    void finds_no_model_size_where_there_is_none(String text) {
        assertThat(Quantities.modelBillions(text)).isEmpty();
    }
}
