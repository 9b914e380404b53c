package io.blogsearch.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Hugo front matter from the body: YAML between {@code ---} lines, TOML between {@code +++} lines, or a
 * JSON object at the very start of the file. A file without front matter is all body.
 */
public final class FrontMatterParser {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper TOML = TomlMapper.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARSER_POSITION = Pattern.compile("\\s*in 'reader', line (\\d+), column (\\d+):");

    private FrontMatterParser() {
    }

    /** Splits {@code text}; throws when the front matter is unterminated or not valid in its format. */
    public static FrontMatter parse(String text) throws FrontMatterException {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = firstLine(source).strip();
        if (firstLine.equals("---")) {
            return delimited(source, "---", YAML, "YAML");
        }
        if (firstLine.equals("+++")) {
            return delimited(source, "+++", TOML, "TOML");
        }
        if (source.startsWith("{")) {
            return json(source);
        }
        return new FrontMatter(JsonNodeFactory.instance.objectNode(), source, 1);
    }

    private static FrontMatter delimited(String source, String fence, ObjectMapper mapper, String format)
            throws FrontMatterException {
        int start = source.indexOf('\n');
        if (start < 0) {
            throw new FrontMatterException(format + " front matter is never closed with " + fence, 1);
        }
        int lineNumber = 2;
        int position = start + 1;
        while (position <= source.length()) {
            int end = source.indexOf('\n', position);
            String line = source.substring(position, end < 0 ? source.length() : end);
            if (line.strip().equals(fence)) {
                String header = source.substring(start + 1, position);
                String body = end < 0 ? "" : source.substring(end + 1);
                return new FrontMatter(read(header, mapper, format, 1), body, lineNumber + 1);
            }
            if (end < 0) {
                break;
            }
            position = end + 1;
            lineNumber++;
        }
        throw new FrontMatterException(format + " front matter is never closed with " + fence, 1);
    }

    private static FrontMatter json(String source) throws FrontMatterException {
        int end = matchingBrace(source);
        if (end < 0) {
            throw new FrontMatterException("JSON front matter object is never closed", 1);
        }
        String header = source.substring(0, end + 1);
        int bodyLine = 1 + (int) header.chars().filter(c -> c == '\n').count();
        String body = source.substring(end + 1);
        if (body.startsWith("\r\n")) {
            body = body.substring(2);
            bodyLine++;
        } else if (body.startsWith("\n")) {
            body = body.substring(1);
            bodyLine++;
        }
        return new FrontMatter(read(header, JSON, "JSON", 0), body, bodyLine);
    }

    /** Index of the brace closing the object opened at 0, skipping braces inside JSON strings; -1 if none. */
    private static int matchingBrace(String source) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode read(String header, ObjectMapper mapper, String format, int lineOffset)
            throws FrontMatterException {
        if (header.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode tree = readTabsInFlow(header, mapper);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!tree.isObject()) {
                throw new FrontMatterException(format + " front matter is not a map of keys", 1 + lineOffset);
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null || location.getLineNr() < 1 ? 1 : location.getLineNr() + lineOffset;
            throw new FrontMatterException("invalid " + format + " front matter: "
                    + fileLines(e.getOriginalMessage(), lineOffset), line);
        }
    }

    /**
     * The tree; a YAML header that SnakeYAML refuses for a tab inside a flow collection ({@code [a,\n\tb]}) is read
     * again with those tabs as spaces, since YAML allows tabs as white space there and Ruby's and Go's YAML (Jekyll,
     * Hugo) read it. Tabs elsewhere (indentation) stay an error.
     */
    private static JsonNode readTabsInFlow(String header, ObjectMapper mapper) throws JsonProcessingException {
        try {
            return mapper.readTree(header);
        } catch (JsonProcessingException e) {
            String untabbed = mapper == YAML && header.indexOf('\t') >= 0 ? untabFlow(header) : header;
            if (untabbed.equals(header)) {
                throw e;
            }
            try {
                return mapper.readTree(untabbed);
            } catch (JsonProcessingException again) {
                throw e;
            }
        }
    }

    /** The header with the tabs that indent a line inside a flow collection ({@code [} or {@code {} open) as spaces. */
    static String untabFlow(String header) {
        String[] lines = header.split("\n", -1);
        int depth = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            lines[n] = depth > 0 ? indent.replace('\t', ' ') + line.substring(indent.length()) : line;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    break; // a comment
                } else if (c == '[' || c == '{') {
                    depth++;
                } else if ((c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
            }
        }
        return String.join("\n", lines);
    }

    /**
     * SnakeYAML's message with its positions ({@code in 'reader', line 3, column 6}) counted from the top of the
     * file, as the reported line is: the front matter starts {@code lineOffset} lines into it.
     */
    static String fileLines(String message, int lineOffset) {
        Matcher matcher = PARSER_POSITION.matcher(message == null ? "" : message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int line = Integer.parseInt(matcher.group(1)) + lineOffset;
            matcher.appendReplacement(out, " at line " + line + ", column " + matcher.group(2) + ":");
        }
        matcher.appendTail(out);
        return out.toString().strip();
    }

    private static String firstLine(String source) {
        int end = source.indexOf('\n');
        return end < 0 ? source : source.substring(0, end);
    }
}
