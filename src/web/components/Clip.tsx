/** A long value cut with an ellipsis; hovering or focusing it (Tab) shows it whole (PageStyles' .bf-clip). */
export function Clip({ text }: { text: string }) {
  if (text.length <= 24) return <>{text}</>;
  return (
    <span className="bf-clip" tabIndex={0} title={text}>
      {text}
    </span>
  );
}
