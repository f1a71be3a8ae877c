/**
 * The Slack adapter (Bolt for Java): translates Slack payloads to core queries and renders core replies as
 * Block Kit. Built in its own issue; the core it will call is {@link com.whereai.core.WhereAiBot}.
 */
package com.whereai.slack;
