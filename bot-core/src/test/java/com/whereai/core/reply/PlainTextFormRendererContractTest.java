package com.whereai.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.reply.contract.FormRendererContract;

/** Every form of the catalogue as text: every label and choice, and the way to answer by typing. */
class PlainTextFormRendererContractTest extends FormRendererContract<String> {

    @Override
    protected FormRenderer<String> renderer() {
        return new PlainTextRenderer();
    }

    @Override
    protected void assertWithinLimits(String name, String text) {
        assertThat(text).as(name).containsAnyOf("recommend", "rekommendera").doesNotContain("null");
    }

    @Override
    protected String visibleText(String text) {
        return text;
    }
}
