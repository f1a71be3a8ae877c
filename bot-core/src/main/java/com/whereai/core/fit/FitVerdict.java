package com.whereai.core.fit;

/** Whether an estimate fits the memory available. */
public enum FitVerdict {
    /** Fits with at least 10 % to spare. */
    FITS,
    /** Fits, with less than 10 % to spare: a longer context or another program on the GPU tips it over. */
    TIGHT,
    DOES_NOT_FIT
}
