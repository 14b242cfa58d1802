import MigrationGuide
import MigrationStore

/// Everything that can make a command fail. Each case carries what is needed to explain it and maps
/// to one stable code; the words are rendered in one place per language.
public enum CommandError: Error, Hashable, Sendable, Encodable {
    /// The line could not be split into words; `line` is kept to point at the column.
    case syntax(Tokenizer.Failure, line: String)
    /// Input line `line` was not valid UTF-8; it was not run.
    case undecodableLine(line: Int)
    case unknownCommand(String, suggestion: String?)
    case missingSubcommand(String, choices: [String])
    case unknownSubcommand(String, word: String, suggestion: String?)
    // Mistakes in how a command was typed carry its declaration, whose usage line follows them.
    case missingArgument(command: CommandSpec, argument: String)
    case unexpectedArgument(command: CommandSpec, word: String)
    case unknownFlag(command: CommandSpec, flag: String, suggestion: String?)
    case missingFlagValue(command: CommandSpec, flag: String, valueName: String)
    case missingFlag(command: CommandSpec, flag: String)
    /// A whole number outside `range` (or not a number): seats, days.
    case badNumber(field: String, text: String, range: ClosedRange<Int>)
    case badAmount(field: String, text: String, maximum: Int)
    /// `meant`: the day a slash date in English can only mean (`31/03/2027`), as a hint.
    case badDate(field: String, text: String, meant: CalendarDate? = nil)
    /// `--to` before `--from`: a range with no day in it.
    case dateRangeBackwards(from: CalendarDate, to: CalendarDate)
    /// Not a month, a day or a range of days (`license list --ending`).
    case badPeriod(field: String, text: String, meant: DatePeriod? = nil)
    case badValue(field: String, text: String, choices: [String])
    case badHandle(String)
    /// Free text holding a control character or a bidirectional override (U+XXXX), which could
    /// take over a terminal: refused at input.
    case controlCharacter(field: String, scalar: UInt32)
    /// Free text longer than `limit` characters (names, offers): a paste gone wrong.
    case textTooLong(field: String, limit: Int)
    case unknownCustomer(String, suggestion: Handle?)
    case noCustomerSelected(command: CommandSpec)
    /// `record` while a recording is running: the first is never ended silently.
    case alreadyRecording(path: String)
    /// `cancel contoso` with no customer selected: the one word given names a customer, so the
    /// original is what is missing; these are the customer's.
    case missingOriginal(command: CommandSpec, customer: Handle, originals: [OriginalSubscription])
    case duplicateCustomer(Handle)
    case hasSubscriptions(Handle, originals: Int, csp: Int)
    case guide(GuideError)
    case storage(StoreError)
    /// A file named on the command line cannot be read or written, or is not UTF-8.
    case file(path: String, problem: FileProblem)
    case csvCellCount(expected: Int, found: Int)
    case csvDuplicateRow(firstRow: Int)
    /// A row gives a customer's field differently from an earlier row.
    case csvConflict(handle: Handle, field: String, here: String, earlier: String, firstRow: Int)
    /// A Graph, Partner Center or spreadsheet file that cannot be imported as it is.
    case importing(ImportError)

    public enum FileProblem: Hashable, Sendable, Encodable {
        case notFound, notReadable, notWritable, unknownExtension
        /// The folder to write into does not exist.
        case folderMissing
        /// Larger than any file of its kind (bytes).
        case tooLarge(limit: Int)
        /// Refused rather than overwritten (`record FILE` without `--force`).
        case exists
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    public var code: MessageCode {
        switch self {
        case .syntax, .undecodableLine: .syntax
        case .unknownCommand, .unknownSubcommand, .missingSubcommand: .unknownCommand
        case .missingArgument, .unexpectedArgument, .unknownFlag, .missingFlagValue, .missingFlag, .missingOriginal, .alreadyRecording: .usage
        case .badNumber, .badAmount: .badNumber
        case .badDate, .dateRangeBackwards, .badPeriod: .badDate
        case .badValue, .controlCharacter, .textTooLong: .badValue
        case .badHandle: .badHandle
        case .unknownCustomer: .unknownCustomer
        case .noCustomerSelected: .noCustomer
        case .duplicateCustomer: .duplicate
        case .hasSubscriptions: .hasSubscriptions
        case .guide(let error):
            switch error {
            case .notAccepted: .notAccepted
            case .unknownLicense: .unknownLicense
            case .ambiguousOffer: .ambiguousOffer
            case .alreadyEnded: .alreadyEnded
            case .assignedExceedsSeats: .badNumber
            case .confirmationRequired: .confirmRequired
            case .dateInFuture, .outOfOrder, .alreadyAccepted: .outOfOrder
            case .endsLater: .notEnded
            case .correctionWindowClosed: .windowClosed
            case .purchaseDateUnknown: .noPurchaseDate
            case .noAutoRenew: .noAutoRenew
            case .noMidTermCancellation: .notCancellable
            case .noCurrency: .noCurrency
            case .unmatchedOffer: .noMatch
            case .mixedOffers: .ambiguousOffer
            case .misspelledOffer: .noMatch
            case .ambiguousReplacement: .ambiguousOffer
            case .gdapActive: .confirmRequired
            }
        case .storage(let error):
            switch error {
            case .duplicate: .duplicate
            case .notFound: .unknownCustomer
            case .unavailable, .busy, .conflict: .storage
            }
        case .file: .file
        case .csvCellCount, .csvDuplicateRow, .csvConflict: .badImport
        case .importing(let error): error.code
        }
    }

    /// The command whose usage would help, for errors about how it was typed.
    public var commandForUsage: CommandSpec? {
        switch self {
        case .missingArgument(let command, _), .unexpectedArgument(let command, _),
             .unknownFlag(let command, _, _), .missingFlagValue(let command, _, _), .missingFlag(let command, _),
             .noCustomerSelected(let command), .missingOriginal(let command, _, _):
            command
        default: nil
        }
    }
}
