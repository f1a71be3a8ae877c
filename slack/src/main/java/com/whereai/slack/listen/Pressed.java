package com.whereai.slack.listen;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.whereai.slack.render.ButtonValue;
import java.util.Optional;

/** What a pressed where-ai button carries; empty for a button that is not ours. */
final class Pressed {

    private Pressed() {}

    static Optional<ButtonValue> value(BlockActionPayload payload) {
        return payload.getActions() == null
                ? Optional.empty()
                : payload.getActions().stream().findFirst().flatMap(a -> ButtonValue.decode(a.getValue()));
    }
}
