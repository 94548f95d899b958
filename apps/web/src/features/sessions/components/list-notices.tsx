import { Alert } from "@/components/ui/alert";

/** Says which URL params a list ignored, so a mistyped link does not silently show something else. */
export function DroppedParamsNotice({ keys }: { keys: string[] }) {
  if (keys.length === 0) return null;
  return (
    <Alert tone="info">
      Ignored {keys.length === 1 ? "a URL parameter" : "URL parameters"} that could not be read:{" "}
      {keys.map((key, position) => (
        <span key={key}>
          {position > 0 ? ", " : null}
          <code className="font-mono text-12">{key}</code>
        </span>
      ))}
      .
    </Alert>
  );
}
