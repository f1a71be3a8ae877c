package com.whereai.core.reply;

/**
 * Turns a {@link Form} into what one surface shows (a Slack modal, a Teams card with inputs, text), with every
 * {@link Form.Field} shown through {@link Form.Visitor}.
 */
public interface FormRenderer<T> {

    T render(Form form);
}
