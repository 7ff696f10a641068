import { createContext, useContext } from 'react'

/**
 * Fields OCR filled in, by their DOM id (domId of the field path): each shows
 * “已识别，请核对” until the person changes its value. The wizard provides it.
 */
export const RecognizedFields = createContext<(id: string) => boolean>(() => false)

export const useRecognized = (id: string) => useContext(RecognizedFields)(id)
