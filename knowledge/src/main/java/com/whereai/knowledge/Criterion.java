package com.whereai.knowledge;

/** One criterion of the comparison table, as the data file names and explains it. */
public record Criterion(String id, LocalizedText name, LocalizedText meaning) {

    public CriterionId criterionId() {
        return CriterionId.fromId(id).orElseThrow();
    }
}
