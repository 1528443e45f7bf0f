import { Button, Checkbox, Fieldset, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_KINDS, type QuestionKind } from '../../../core/learning/course.js';
import { useEditor } from './context.js';
import { emptyOption, nextId, type OptionDraft, type QuestionDraft, removeAt, replaceAt, withCorrect, withKind } from './draft.js';
import { PartControls } from './PartControls.js';
import { LocalTextField } from './TextFields.js';

/** One question of a quiz: its kind, its text, its answers (the right ones marked, each with feedback), its feedback. */
export function QuestionFields({
  path,
  index,
  count,
  question,
  onChange,
  onMove,
  onRemove,
}: {
  path: string;
  index: number;
  count: number;
  question: QuestionDraft;
  onChange: (next: QuestionDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('learning');
  const editor = useEditor();
  const name = t('editor.question', { n: index + 1 });
  const q = question;
  const setOption = (i: number, o: OptionDraft) => onChange({ ...q, options: replaceAt(q.options, i, o) });
  const optionsError = editor.error(`${path}.options`);
  const fixed = q.kind === 'true-false';
  const labels = { true: { [editor.language]: t('editor.true') }, false: { [editor.language]: t('editor.false') } };

  return (
    <Fieldset legend={name} data-testid="question">
      <Stack gap="sm">
        <PartControls name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
        <NativeSelect
          label={t('editor.kind')}
          value={q.kind}
          data={QUESTION_KINDS.map((k) => ({ value: k, label: t(`editor.kinds.${k}`) }))}
          onChange={(event) => {
            editor.clear(`${path}.options`);
            onChange(withKind(q, event.currentTarget.value as QuestionKind, labels));
          }}
          maw={320}
        />
        <LocalTextField
          label={t('editor.prompt')}
          path={`${path}.prompt`}
          value={q.prompt}
          onChange={(prompt) => onChange({ ...q, prompt })}
          multiline
          required
        />
        {q.options.map((o, oi) => {
          const at = `${path}.options.${oi}`;
          const n = oi + 1;
          const correctLabel = t('editor.optionCorrect', { n });
          const setCorrect = (correct: boolean) => {
            editor.clear(`${path}.options`);
            onChange(withCorrect(q, oi, correct));
          };
          return (
            <Stack key={o.id} gap={6} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }} data-testid="option">
              <LocalTextField
                label={t('editor.optionText', { n })}
                path={`${at}.text`}
                value={o.text}
                onChange={(text) => setOption(oi, { ...o, text })}
                required
              />
              <Group justify="space-between" wrap="wrap" gap="xs">
                {q.kind === 'multiple' ? (
                  <Checkbox label={correctLabel} checked={o.correct} onChange={(event) => setCorrect(event.currentTarget.checked)} />
                ) : (
                  <Radio label={correctLabel} name={`${path}-correct`} checked={o.correct} onChange={(event) => setCorrect(event.currentTarget.checked)} />
                )}
                {fixed ? null : (
                  <Button
                    size="compact-sm"
                    variant="default"
                    color="red.9"
                    disabled={q.options.length <= 2}
                    aria-label={t('editor.removeOption', { n })}
                    onClick={() => {
                      editor.clear(`${path}.options`);
                      onChange({ ...q, options: removeAt(q.options, oi) });
                    }}
                  >
                    {t('editor.removeShort')}
                  </Button>
                )}
              </Group>
              <LocalTextField
                label={t('editor.optionFeedback', { n })}
                path={`${at}.feedback`}
                value={o.feedback}
                onChange={(feedback) => setOption(oi, { ...o, feedback })}
              />
            </Stack>
          );
        })}
        {optionsError ? (
          <Text size="sm" c="red.8" role="alert" data-testid="options-error">
            {optionsError}
          </Text>
        ) : null}
        {fixed ? null : (
          <Button
            variant="light"
            w="fit-content"
            disabled={q.options.length >= 8}
            onClick={() =>
              onChange({
                ...q,
                options: [
                  ...q.options,
                  emptyOption(
                    nextId(
                      'option',
                      q.options.map((x) => x.id),
                    ),
                  ),
                ],
              })
            }
          >
            {t('editor.addOption')}
          </Button>
        )}
        <LocalTextField
          label={t('editor.feedbackCorrect')}
          path={`${path}.feedbackCorrect`}
          value={q.feedbackCorrect}
          onChange={(feedbackCorrect) => onChange({ ...q, feedbackCorrect })}
          multiline
        />
        <LocalTextField
          label={t('editor.feedbackIncorrect')}
          path={`${path}.feedbackIncorrect`}
          value={q.feedbackIncorrect}
          onChange={(feedbackIncorrect) => onChange({ ...q, feedbackIncorrect })}
          multiline
        />
      </Stack>
    </Fieldset>
  );
}
