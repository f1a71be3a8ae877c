package com.whereai.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Budgets in kronor, dollars and euros, read against the guide's price of a server (100 000 kr). */
class BudgetsTest {

    private final Budgets budgets = Budgets.bundled();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi har ungefär 400 000 kr avsatt                     | CAN_BUY_HARDWARE
            vi har fått 1,5 miljoner kr till utrustning          | CAN_BUY_HARDWARE
            a hardware budget of $25k                            | CAN_BUY_HARDWARE
            budget is like $300/month                            | NO_HARDWARE_AND_LOW
            a grant line of about $2k a year                     | NO_HARDWARE_AND_LOW
            budget maybe 100k sek/year                           | NO_HARDWARE
            budget 8 000 eur per month                           | NO_HARDWARE
            en budget på 30 000 kr                               | NO_HARDWARE_AND_LOW
            """)
    void a_budget_is_read_with_its_currency_and_period(String text, Budgets.Reading expected) {
        assertThat(budgets.read(text)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            we spend about $4,000/month on the api
            we have 400 000 users
            the model needs 24 gb
            """)
    void an_amount_without_a_budget_word_is_not_a_budget(String text) {
        assertThat(budgets.read(text)).isEmpty();
    }
}
