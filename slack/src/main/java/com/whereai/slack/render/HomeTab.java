package com.whereai.slack.render;

import static com.slack.api.model.view.Views.view;

import com.slack.api.model.view.View;
import com.whereai.core.reply.Reply;

/** The App Home tab: the core's home reply, laid out as a Home view (up to a view's 100 blocks). */
public final class HomeTab {

    private final BlockKitRenderer renderer = new BlockKitRenderer(SlackLimits.VIEW_BLOCKS);

    public View build(Reply home) {
        return view(v -> v.type("home").blocks(renderer.render(home)));
    }
}
