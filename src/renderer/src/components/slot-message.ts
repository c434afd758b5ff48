import { defineComponent, h, type PropType, type VNodeChild } from 'vue'
import { useI18n } from 'vue-i18n'

// An invisible separator: it marks where a slot goes and never occurs in a message of ours.
const MARK = '\u2063'

export interface MessagePart {
  text: string
  /** The slot that fills this part, or null for the message's own words. */
  slot: string | null
}

/**
 * A translated sentence cut where the named slots go, so a bold title or an isolated name sits
 * where each language puts it. (vue-i18n's own <i18n-t> expects its built-in compiler; ours is
 * ICU, which turns element values into "[object Object]".)
 */
export function messageParts(
  translate: (key: string, values: Record<string, unknown>) => string,
  keypath: string,
  values: Record<string, unknown>,
  slots: readonly string[]
): MessagePart[] {
  const marked: Record<string, unknown> = { ...values }
  for (const name of slots) marked[name] = `${MARK}${name}${MARK}`
  return translate(keypath, marked)
    .split(MARK)
    .map((text, index) =>
      index % 2 === 1 && slots.includes(text) ? { text, slot: text } : { text, slot: null }
    )
    .filter((part) => part.slot !== null || part.text !== '')
}

/**
 * `<SlotMessage keypath="student.x" :values="{ count }"><template #title>…</template></SlotMessage>`:
 * the message with each `{title}` replaced by its slot's content.
 */
export const SlotMessage = defineComponent({
  name: 'SlotMessage',
  props: {
    keypath: { type: String, required: true },
    values: { type: Object as PropType<Record<string, unknown>>, default: () => ({}) },
    tag: { type: String, default: undefined }
  },
  setup(props, { slots }) {
    const { t } = useI18n()
    const translate = (key: string, values: Record<string, unknown>): string => t(key, values)
    return () => {
      const children: VNodeChild[] = messageParts(
        translate,
        props.keypath,
        props.values,
        Object.keys(slots)
      ).map((part) => (part.slot ? (slots[part.slot]?.() ?? null) : part.text))
      return props.tag ? h(props.tag, children) : children
    }
  }
})
