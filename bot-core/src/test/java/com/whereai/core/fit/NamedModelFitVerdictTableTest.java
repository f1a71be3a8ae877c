package com.whereai.core.fit;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.knowledge.catalogue.Catalogue;
import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.Hardware;
import com.whereai.knowledge.catalogue.KvCacheType;
import com.whereai.knowledge.catalogue.Quant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fit verdicts for named models on named hardware, as people write them. Each row is checkable by hand from the
 * published GGUF size of that quant (models.md §4) plus the KV cache of the model's config at that context: the model
 * file alone already decides the clear cases (a 42.5 GB 70B Q4_K_M file on a 24 GiB card), and the KV cache the long
 * contexts (Command R has no GQA: 131072 tokens at f16 is 171.8 GB). Tight is within the last 10 % of the memory: a
 * 70B Q8_0 file of 75 GB with its cache on an 80 GiB (85.9 GB) H100.
 */
class NamedModelFitVerdictTableTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private final NamedModelEstimator estimator = new NamedModelEstimator(CATALOGUE);
    private final KvCacheType f16 = CATALOGUE.kvCacheType("f16").orElseThrow();

    @ParameterizedTest(name = "{0} {2} at {3} tokens on {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            llama3.1:8b          | rtx 3060 12gb | Q4_K_M | 4096   | FITS
            llama3.1:8b          | rtx 3060 12gb | F16    | 4096   | DOES_NOT_FIT
            llama 3.1 70b        | 4090          | Q4_K_M | 4096   | DOES_NOT_FIT
            llama 3.1 70b        | 2x3090        | Q4_K_M | 8192   | TIGHT
            llama 3.1 70b        | M2 Max 64GB   | Q4_K_M | 4096   | FITS
            llama 3.1 70b        | M2 Max 64GB   | Q8_0   | 4096   | DOES_NOT_FIT
            llama 3.1 70b        | H100          | Q8_0   | 4096   | TIGHT
            mixtral 8x7b         | 4090          | Q4_K_M | 4096   | DOES_NOT_FIT
            mixtral 8x7b         | 2x3090        | Q4_K_M | 32768  | FITS
            gemma2:27b           | 4090          | Q4_K_M | 4096   | FITS
            gemma2:27b           | 4090          | Q8_0   | 4096   | DOES_NOT_FIT
            mistral nemo         | rtx 3060 12gb | Q6_K   | 4096   | FITS
            qwen2.5 72b          | 4090          | Q2_K   | 4096   | DOES_NOT_FIT
            command r            | H100          | Q4_K_M | 131072 | DOES_NOT_FIT
            llama 3.1 405b       | M3 Max 128GB  | Q2_K   | 4096   | DOES_NOT_FIT
            llama 3.2 3b         | M1 8GB        | Q4_K_M | 4096   | FITS
            """)
    void gives_the_verdict_a_person_checking_by_hand_would(
            String modelName, String hardwareName, String quantId, int context, FitVerdict expected) {
        CatalogueModel model = CATALOGUE.model(modelName).orElseThrow();
        Hardware hardware = CATALOGUE.hardware(hardwareName).orElseThrow();
        Quant quant = CATALOGUE.quant(quantId).orElseThrow();

        assertThat(estimator.verdict(model, quant, context, f16, hardware)).isEqualTo(expected);
    }
}
