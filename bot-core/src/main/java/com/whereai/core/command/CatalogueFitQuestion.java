package com.whereai.core.command;

import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.Hardware;
import com.whereai.knowledge.catalogue.Quant;
import java.util.Objects;
import java.util.Optional;

/**
 * A fit question that names hardware and perhaps a model from the catalogue: "does llama3.1:8b fit on a 4090?",
 * "mixtral 8x7b on 2x3090 with 32k context", "which models fit on my M2 Max 64GB?".
 *
 * @param model the catalogue model, or empty for "which models fit"
 * @param hardware the hardware named, or the memory stated ("24 GB") as one device; empty for "how much does it need"
 * @param quant the quant asked about (Q4_K_M, Q8_0, …), or empty to try them all
 * @param context the context length asked about, or empty for the default
 */
public record CatalogueFitQuestion(
        Optional<CatalogueModel> model, Optional<Hardware> hardware, Optional<Quant> quant, Optional<Integer> context) {

    public CatalogueFitQuestion {
        Objects.requireNonNull(model);
        Objects.requireNonNull(hardware);
        Objects.requireNonNull(quant);
        Objects.requireNonNull(context);
        if (model.isEmpty() && hardware.isEmpty()) {
            throw new IllegalArgumentException("a catalogue fit question names a model, hardware or both");
        }
    }
}
