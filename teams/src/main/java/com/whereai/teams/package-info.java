/**
 * The Teams adapter (botbuilder-java): translates Bot Framework activities to core queries and renders core
 * replies as Adaptive Cards. Built in its own issue; the core it will call is {@link com.whereai.core.WhereAiBot}.
 */
package com.whereai.teams;
