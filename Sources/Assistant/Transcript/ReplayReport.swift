/// How `replay` reports each file: one line per file, and for each mismatch a unified diff naming
/// the file, the command and its line.
public enum ReplayReport {
    public static func summary(_ result: TranscriptReplayer.Result) -> String {
        let path = result.transcript.path
        let count = result.transcript.entries.count
        guard !result.passed else { return "ok      \(path) (\(count) commands)" }
        var lines = ["FAILED  \(path): \(result.mismatches.count) of \(count) commands differ"]
        for mismatch in result.mismatches {
            let entry = mismatch.entry
            lines.append("--- \(path):\(entry.line) expected")
            lines.append("+++ \(path):\(entry.line) actual")
            lines.append("@@ \(entry.prompt)\(entry.command) @@")
            guard let actual = mismatch.actual else {
                lines.append("  (never ran: the session ended before this command)")
                continue
            }
            if mismatch.actualPrompt != entry.prompt {
                lines.append("-\(entry.prompt)")
                lines.append("+\(mismatch.actualPrompt)")
            }
            lines += UnifiedDiff.lines(expected: TranscriptReplayer.trimmed(entry.expected), actual: TranscriptReplayer.trimmed(actual))
        }
        return lines.joined(separator: "\n")
    }

    public static func failure(_ failure: Transcript.Failure) -> String {
        switch failure {
        case .unreadable(let path): "ERROR   \(path): cannot be read"
        case .invalidUTF8(let path, let line): "ERROR   \(path):\(line): not valid UTF-8"
        case .missingDate(let path): "ERROR   \(path):1: no `# today: YYYY-MM-DD` header, so it cannot replay the same on any day"
        case .badDate(let path, let line, let text): "ERROR   \(path):\(line): `\(text)` is not a date (YYYY-MM-DD)"
        case .badLanguage(let path, let line, let text): "ERROR   \(path):\(line): `\(text)` is not a language (en, pt-BR)"
        case .outputBeforeCommand(let path, let line): "ERROR   \(path):\(line): output before any command (a command line starts with `csp> `)"
        }
    }

    /// The file with each command's output replaced by what ran now (`--update`); commands that
    /// never ran keep their expected output.
    public static func updatedText(_ result: TranscriptReplayer.Result) -> String {
        var transcript = result.transcript
        // The prompt is part of what is checked, so it is rewritten too (`use` changes it).
        for mismatch in result.mismatches {
            if let index = transcript.entries.firstIndex(where: { $0.line == mismatch.entry.line }) {
                transcript.entries[index].prompt = mismatch.actualPrompt
            }
        }
        let entries = transcript.entries
        let outputs = entries.indices.map { index in index < result.outputs.count ? result.outputs[index] : entries[index].expected }
        return transcript.text(withOutputs: outputs)
    }
}
