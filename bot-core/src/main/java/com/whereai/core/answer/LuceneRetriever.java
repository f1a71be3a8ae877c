package com.whereai.core.answer;

import com.whereai.knowledge.Guide;
import com.whereai.knowledge.KnowledgeEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Lucene over every guide entry: Swedish text through Lucene's Swedish analyser (stemming, stop words),
 * English through its English analyser, aliases through the standard one. A question is searched in
 * both languages at once (people mix them), titles and aliases weigh more than body text, and fuzzy
 * terms catch misspellings ("olama", "sever").
 */
public final class LuceneRetriever implements GuideRetriever {

    private static final String ID = "id";
    private static final Map<String, Float> FIELDS =
            Map.of("title_sv", 2.0f, "title_en", 2.0f, "aliases", 2.5f, "body_sv", 1.0f, "body_en", 1.0f);
    private static final float FUZZY = 0.35f;
    private static final float TIE_BREAKER = 0.1f;
    private static final int FUZZY_PREFIX = 1;
    private static final int MAX_QUERY_TERMS = 40;
    private static final double MINIMUM_COVERAGE = 0.5;
    private static final CharArraySet QUESTION_WORDS = questionWords();

    private final Map<String, KnowledgeEntry> entries = new java.util.HashMap<>();
    private final Analyzer analyzer;
    private final IndexSearcher searcher;

    public LuceneRetriever(Guide guide) {
        Analyzer swedish = new SwedishAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        analyzer = new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(QUESTION_WORDS),
                Map.of("title_sv", swedish, "body_sv", swedish, "title_en", english, "body_en", english));
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (KnowledgeEntry entry : guide.entries()) {
                entries.put(entry.id(), entry);
                Document doc = new Document();
                doc.add(new StoredField(ID, entry.id()));
                doc.add(new TextField("title_sv", entry.title().sv(), Field.Store.NO));
                doc.add(new TextField("title_en", entry.title().en(), Field.Store.NO));
                doc.add(new TextField("body_sv", entry.body().sv(), Field.Store.NO));
                doc.add(new TextField("body_en", entry.body().en(), Field.Store.NO));
                doc.add(new TextField(
                        "aliases",
                        String.join(" ", entry.aliases()) + " " + entry.id().replace('.', ' '),
                        Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("the guide could not be indexed", e);
        }
    }

    /** Words that carry no topic in either language: both analysers' stop words and common question words. */
    private static CharArraySet questionWords() {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.getDefaultStopSet(), true);
        stop.addAll(SwedishAnalyzer.getDefaultStopSet());
        stop.addAll(List.of(
                "what", "does", "do", "did", "how", "why", "which", "who", "whom", "can", "could", "should", "would",
                "need", "needs", "our", "my", "your", "we", "i", "you", "me", "us", "much", "many", "is", "are", "vad",
                "hur", "varför", "vilken", "vilket", "vilka", "kan", "ska", "bör", "behöver", "vår", "vårt", "våra",
                "min", "mitt", "mina", "vi", "jag", "ni", "mycket", "många", "är"));
        return stop;
    }

    @Override
    public List<ScoredEntry> search(String question, int limit) {
        Query query = query(question == null ? "" : question);
        if (query == null) {
            return List.of();
        }
        try {
            List<ScoredEntry> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get(ID);
                found.add(new ScoredEntry(entries.get(id), hit.score));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("the guide index could not be searched", e);
        }
    }

    /**
     * Whether the guide speaks to the question at all: at least half of the question's words, as one of the
     * two languages' analysers read them, occur in the guide's text in that language. "What is the capital of
     * France?" does not.
     */
    @Override
    public boolean covers(String question) {
        double best = 0;
        for (String[] language : new String[][] {{"body_en", "title_en"}, {"body_sv", "title_sv"}}) {
            Set<String> terms = terms(language[0], question == null ? "" : question);
            terms.removeIf(QUESTION_WORDS::contains);
            if (terms.isEmpty()) {
                continue;
            }
            long known = terms.stream().filter(t -> known(language, t)).count();
            best = Math.max(best, (double) known / terms.size());
        }
        return best >= MINIMUM_COVERAGE;
    }

    /** A word the guide has: exactly in any of the fields, or within one typo (two for long words) in the body text. */
    private boolean known(String[] fields, String term) {
        try {
            for (String field : fields) {
                if (searcher.getIndexReader().docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
            return term.length() >= 4 && searcher.count(fuzzy(new Term(fields[0], term))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One clause per word of the question, each the best of that word's matches across the fields (with a
     * little credit for the others): an entry that matches more of the question's words wins over one
     * that repeats a single word in its title, aliases and body. A word the guide has nowhere is looked
     * for with a typo allowed (fuzzy matching is the costly part, so only then).
     */
    private Query query(String question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int words = 0;
        for (String word : terms("aliases", question)) {
            List<Query> alternatives = new ArrayList<>();
            List<Query> typos = new ArrayList<>();
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                for (String form : terms(field.getKey(), word)) {
                    Term t = new Term(field.getKey(), form);
                    if (docFreq(t) > 0) {
                        alternatives.add(new BoostQuery(new TermQuery(t), field.getValue()));
                    } else if (form.length() >= 4) {
                        typos.add(new BoostQuery(fuzzy(t), field.getValue() * FUZZY));
                    }
                }
            }
            if (alternatives.isEmpty()) {
                alternatives = typos;
            }
            if (!alternatives.isEmpty() && words++ < MAX_QUERY_TERMS) {
                query.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), BooleanClause.Occur.SHOULD);
            }
        }
        return words == 0 ? null : query.build();
    }

    /** One typo (two in long words), the first letter taken as written: cheap to run, and typos rarely start a word. */
    private static FuzzyQuery fuzzy(Term term) {
        return new FuzzyQuery(term, term.text().length() >= 8 ? 2 : 1, FUZZY_PREFIX);
    }

    private int docFreq(Term term) {
        try {
            return searcher.getIndexReader().docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
