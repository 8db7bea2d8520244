import {
  backend_util,
  BatchMatMul,
  BatchMatMulAttrs,
  Conv2D,
  Conv2DBackpropFilter,
  Conv2DBackpropFilterAttrs,
  Conv2DBackpropInput,
  Conv2DBackpropInputAttrs,
  DataId,
  DepthwiseConv2dNative,
  DepthwiseConv2dNativeBackpropFilter,
  DepthwiseConv2dNativeBackpropFilterAttrs,
  DepthwiseConv2dNativeBackpropInput,
  DepthwiseConv2dNativeBackpropInputAttrs,
  getKernel,
  KernelConfig,
  KernelFunc,
  MaxPoolGrad,
  MaxPoolGradAttrs,
  NamedAttrMap,
  PadV2,
  registerKernel,
  Reshape,
  Reverse,
  Slice,
  Sum,
  TensorInfo,
  Transpose,
  unregisterKernel,
} from '@tensorflow/tfjs-core';

/*
 * Gradient kernels the wasm backend lacks (or implements as a slow scalar loop), composed from the
 * wasm backend's own XNNPACK-backed kernels. Each kernel calls the other wasm kernels directly (not
 * through the engine, so nothing is recorded on a gradient tape) and disposes its intermediates;
 * the returned TensorInfo is a fresh backend output that the engine takes ownership of.
 */

const WASM = 'wasm';

type Pad = 'valid' | 'same' | number | backend_util.ExplicitPadding;
type Shape4 = [number, number, number, number];

interface RefCountingBackend {
  disposeData(dataId: DataId): boolean;
}

/** The parts of the wasm backend a kernel written in JavaScript needs: its heap views and outputs. */
interface HeapBackend extends RefCountingBackend {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(t: TensorInfo): Float32Array;
}

/** Runs wasm kernels on behalf of one composite kernel and frees everything but the result. */
class KernelScope {
  private readonly intermediates: TensorInfo[] = [];

  constructor(private readonly backend: RefCountingBackend) {}

  run(kernelName: string, inputs: Record<string, TensorInfo>, attrs: NamedAttrMap = {}): TensorInfo {
    const out = getKernel(kernelName, WASM).kernelFunc({ inputs, backend: this.backend, attrs });
    if (Array.isArray(out)) {
      throw new Error(`${kernelName} returned several outputs`);
    }
    this.intermediates.push(out);
    return out;
  }

  /** Adopts a tensor produced outside `run` so that `finish` can hand it over. */
  keep(t: TensorInfo): void {
    this.intermediates.push(t);
  }

  /** Frees every intermediate except `result`, which the caller hands to the engine. */
  finish(result: TensorInfo): TensorInfo {
    let kept = false;
    for (const t of this.intermediates) {
      if (t === result && !kept) {
        kept = true;
        continue;
      }
      this.backend.disposeData(t.dataId);
    }
    if (!kept) {
      throw new Error('composite kernel result was not produced inside its scope');
    }
    return result;
  }

  transpose(x: TensorInfo, perm: number[]): TensorInfo {
    return this.run(Transpose, { x }, { perm });
  }

  reshape(x: TensorInfo, shape: number[]): TensorInfo {
    return this.run(Reshape, { x }, { shape });
  }

  /** Keeps `size` elements from `begin` on each axis; a no-op copy is avoided when nothing is cut. */
  crop(x: TensorInfo, begin: number[], size: number[]): TensorInfo {
    if (begin.every((b) => b === 0) && size.every((s, i) => s === x.shape[i])) {
      return x;
    }
    return this.run(Slice, { x }, { begin, size });
  }

  /** Inserts `stride - 1` zeros after every row and column of an NHWC tensor. */
  dilate(x: TensorInfo, strideH: number, strideW: number): TensorInfo {
    if (strideH === 1 && strideW === 1) {
      return x;
    }
    const [b, h, w, c] = x.shape;
    const expanded = this.reshape(x, [b, h, 1, w, 1, c]);
    const padded = this.run(
      PadV2,
      { x: expanded },
      {
        paddings: [
          [0, 0],
          [0, 0],
          [0, strideH - 1],
          [0, 0],
          [0, strideW - 1],
          [0, 0],
        ],
        constantValue: 0,
      },
    );
    return this.reshape(padded, [b, h * strideH, w * strideW, c]);
  }
}

function asBackend(backend: object): RefCountingBackend {
  return backend as RefCountingBackend;
}

function requireNhwc(kernelName: string, dataFormat: string): void {
  if (dataFormat !== 'NHWC') {
    throw new Error(`${kernelName} on wasm supports only NHWC, got ${dataFormat}`);
  }
}

function requireInput(inputs: Record<string, TensorInfo | undefined>, name: string): TensorInfo {
  const t = inputs[name];
  if (t === undefined) {
    throw new Error(`missing input ${name}`);
  }
  return t;
}

/**
 * A conv (regular or depthwise) whose output is at least `want` along H and W: explicit padding is
 * `before` on top/left and whatever is needed (never negative) below/right; a crop trims the excess
 * and skips `skip` leading rows/columns when the wanted padding before was negative.
 */
function paddedConv(
  scope: KernelScope,
  kernelName: string,
  x: TensorInfo,
  filter: TensorInfo,
  opts: {
    strides: [number, number];
    dilations: [number, number];
    before: [number, number];
    want: [number, number];
  },
): TensorInfo {
  const [, inH, inW] = x.shape;
  const [fh, fw] = filter.shape;
  const [sh, sw] = opts.strides;
  const [dh, dw] = opts.dilations;
  const efh = (fh - 1) * dh + 1;
  const efw = (fw - 1) * dw + 1;
  const top = Math.max(0, opts.before[0]);
  const left = Math.max(0, opts.before[1]);
  const skipH = Math.max(0, -opts.before[0]);
  const skipW = Math.max(0, -opts.before[1]);
  // Output rows = floor((inH + top + bottom - efh) / sh) + 1 must reach skipH + want.
  const bottom = Math.max(0, (skipH + opts.want[0] - 1) * sh + efh - inH - top);
  const right = Math.max(0, (skipW + opts.want[1] - 1) * sw + efw - inW - left);
  const pad: backend_util.ExplicitPadding = [
    [0, 0],
    [top, bottom],
    [left, right],
    [0, 0],
  ];
  const out = scope.run(
    kernelName,
    { x, filter },
    { strides: opts.strides, dilations: opts.dilations, pad, dataFormat: 'NHWC', dimRoundingMode: 'floor' },
  );
  return scope.crop(out, [0, skipH, skipW, 0], [out.shape[0], opts.want[0], opts.want[1], out.shape[3]]);
}

function convInfo(
  inputShape: Shape4,
  filterShape: Shape4,
  strides: [number, number] | number,
  dilations: [number, number] | number,
  pad: Pad,
  dimRoundingMode: 'floor' | 'round' | 'ceil' | undefined,
  depthwise: boolean,
): backend_util.Conv2DInfo {
  return backend_util.computeConv2DInfo(
    inputShape,
    filterShape,
    strides,
    dilations,
    pad,
    dimRoundingMode,
    depthwise,
    'channelsLast',
  );
}

/** dW = conv2d(x as [C_in, H, W, N], dy as [oh, ow, N, C_out], dilation = stride), as [fh, fw, C_in, C_out]. */
const conv2DBackpropFilter: KernelFunc = ({ inputs, backend, attrs }) => {
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
  requireNhwc(Conv2DBackpropFilter, dataFormat);
  const x = requireInput(inputs, 'x');
  const dy = requireInput(inputs, 'dy');
  const info = convInfo(x.shape as Shape4, filterShape, strides, 1, pad, dimRoundingMode, false);
  const scope = new KernelScope(asBackend(backend));
  const xT = scope.transpose(x, [3, 1, 2, 0]);
  const dyT = scope.transpose(dy, [1, 2, 0, 3]);
  const grad = paddedConv(scope, Conv2D, xT, dyT, {
    strides: [1, 1],
    dilations: [info.strideHeight, info.strideWidth],
    before: [info.padInfo.top, info.padInfo.left],
    want: [info.filterHeight, info.filterWidth],
  });
  return scope.finish(scope.transpose(grad, [1, 2, 0, 3]));
};

/** dx = conv2d(dy dilated by the stride, the filter flipped and transposed to [fh, fw, C_out, C_in]). */
const conv2DBackpropInput: KernelFunc = ({ inputs, backend, attrs }) => {
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as Conv2DBackpropInputAttrs;
  requireNhwc(Conv2DBackpropInput, dataFormat);
  const dy = requireInput(inputs, 'dy');
  const filter = requireInput(inputs, 'filter');
  const info = convInfo(inputShape, filter.shape as Shape4, strides, 1, pad, dimRoundingMode, false);
  const scope = new KernelScope(asBackend(backend));
  const dyDilated = scope.dilate(dy, info.strideHeight, info.strideWidth);
  const flipped = scope.run(Reverse, { x: filter }, { dims: [0, 1] });
  const filterT = scope.transpose(flipped, [0, 1, 3, 2]);
  const dx = paddedConv(scope, Conv2D, dyDilated, filterT, {
    strides: [1, 1],
    dilations: [1, 1],
    before: [info.filterHeight - 1 - info.padInfo.top, info.filterWidth - 1 - info.padInfo.left],
    want: [info.inHeight, info.inWidth],
  });
  return scope.finish(dx);
};

/**
 * dx = depthwise conv of dy (dilated by the stride) with the flipped filter as [fh, fw, C*M, 1],
 * then the channel multiplier M is summed out.
 */
const depthwiseBackpropInput: KernelFunc = ({ inputs, backend, attrs }) => {
  const { strides, dilations, pad, dimRoundingMode, inputShape } =
    attrs as unknown as DepthwiseConv2dNativeBackpropInputAttrs;
  const dy = requireInput(inputs, 'dy');
  const filter = requireInput(inputs, 'filter');
  const info = convInfo(inputShape, filter.shape as Shape4, strides, dilations, pad, dimRoundingMode, true);
  const [fh, fw, channels, multiplier] = filter.shape;
  const [dh, dw] = [info.dilationHeight, info.dilationWidth];
  const scope = new KernelScope(asBackend(backend));
  const dyDilated = scope.dilate(dy, info.strideHeight, info.strideWidth);
  const flipped = scope.run(Reverse, { x: filter }, { dims: [0, 1] });
  const perChannel = scope.reshape(flipped, [fh, fw, channels * multiplier, 1]);
  const dxExpanded = paddedConv(scope, DepthwiseConv2dNative, dyDilated, perChannel, {
    strides: [1, 1],
    dilations: [dh, dw],
    before: [(fh - 1) * dh - info.padInfo.top, (fw - 1) * dw - info.padInfo.left],
    want: [info.inHeight, info.inWidth],
  });
  if (multiplier === 1) {
    return scope.finish(dxExpanded);
  }
  const [b, h, w] = dxExpanded.shape;
  const split = scope.reshape(dxExpanded, [b, h, w, channels, multiplier]);
  return scope.finish(scope.run(Sum, { x: split }, { axis: [4], keepDims: false }));
};

/**
 * dW = depthwise conv of x as [1, H, W, N*C] with dy as the filter [oh, ow, N*C, M]: the batch moves into
 * the channels so each (sample, channel) pair is its own group; forward strides become dilations and
 * forward dilations become strides. The batch is then summed out.
 */
const depthwiseBackpropFilter: KernelFunc = ({ inputs, backend, attrs }) => {
  const { strides, dilations, pad, dimRoundingMode, filterShape } =
    attrs as unknown as DepthwiseConv2dNativeBackpropFilterAttrs;
  const x = requireInput(inputs, 'x');
  const dy = requireInput(inputs, 'dy');
  const info = convInfo(x.shape as Shape4, filterShape, strides, dilations, pad, dimRoundingMode, true);
  const [fh, fw, channels, multiplier] = filterShape;
  const [b, h, w] = x.shape;
  const [, oh, ow] = dy.shape;
  const scope = new KernelScope(asBackend(backend));
  const xT = scope.reshape(scope.transpose(x, [1, 2, 0, 3]), [1, h, w, b * channels]);
  const dy5 = scope.reshape(dy, [b, oh, ow, channels, multiplier]);
  const dyT = scope.reshape(scope.transpose(dy5, [1, 2, 0, 3, 4]), [oh, ow, b * channels, multiplier]);
  const perSample = paddedConv(scope, DepthwiseConv2dNative, xT, dyT, {
    strides: [info.dilationHeight, info.dilationWidth],
    dilations: [info.strideHeight, info.strideWidth],
    before: [info.padInfo.top, info.padInfo.left],
    want: [fh, fw],
  });
  const split = scope.reshape(perSample, [fh, fw, b, channels * multiplier]);
  const summed = scope.run(Sum, { x: split }, { axis: [2], keepDims: false });
  return scope.finish(scope.reshape(summed, [fh, fw, channels, multiplier]));
};

/**
 * dx of a max pool: every output cell sends its dy to the first maximum of its window (row-major, as
 * the cpu backend does). One pass over the windows with the channels innermost; wasm's own kernel
 * rescans every window for every input cell and was the slowest step of a small CNN's training.
 */
const maxPoolGrad: KernelFunc = ({ inputs, backend, attrs }) => {
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
  const input = requireInput(inputs, 'input');
  const dy = requireInput(inputs, 'dy');
  const heap = backend as unknown as HeapBackend;
  const info = backend_util.computePool2DInfo(input.shape as Shape4, filterSize, strides, 1, pad, dimRoundingMode);
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = info;
  const dx = heap.makeOutput(input.shape, 'float32');
  const dxValues = heap.typedArrayFromHeap(dx);
  dxValues.fill(0);
  const x = heap.typedArrayFromHeap(input);
  const dyValues = heap.typedArrayFromHeap(dy);
  const best = new Float32Array(channels);
  const at = new Int32Array(channels);
  for (let b = 0; b < batchSize; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      const h0 = oh * info.strideHeight - info.padInfo.top;
      const hFrom = Math.max(0, h0);
      const hTo = Math.min(inHeight, h0 + info.effectiveFilterHeight);
      for (let ow = 0; ow < outWidth; ow++) {
        const w0 = ow * info.strideWidth - info.padInfo.left;
        const wFrom = Math.max(0, w0);
        const wTo = Math.min(inWidth, w0 + info.effectiveFilterWidth);
        best.fill(-Infinity);
        at.fill(-1);
        for (let h = hFrom; h < hTo; h++) {
          for (let w = wFrom; w < wTo; w++) {
            const base = ((b * inHeight + h) * inWidth + w) * channels;
            for (let c = 0; c < channels; c++) {
              if (x[base + c] > best[c] || at[c] < 0) {
                best[c] = x[base + c];
                at[c] = base + c;
              }
            }
          }
        }
        const dyBase = ((b * outHeight + oh) * outWidth + ow) * channels;
        for (let c = 0; c < channels; c++) {
          if (at[c] >= 0) {
            dxValues[at[c]] += dyValues[dyBase + c];
          }
        }
      }
    }
  }
  return dx;
};

/**
 * wasm's BatchMatMul is fast only without transposes (about 7× slower with one, which is exactly
 * what every dense layer's gradient asks for), so transposed operands are transposed first.
 */
function batchMatMulWith(original: KernelFunc): KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const { transposeA, transposeB } = attrs as unknown as BatchMatMulAttrs;
    if (!transposeA && !transposeB) {
      return original({ inputs, backend, attrs });
    }
    const scope = new KernelScope(asBackend(backend));
    const swapLast = (t: TensorInfo) => {
      const perm = t.shape.map((_, i) => i);
      [perm[perm.length - 2], perm[perm.length - 1]] = [perm[perm.length - 1], perm[perm.length - 2]];
      return scope.transpose(t, perm);
    };
    const a = transposeA ? swapLast(requireInput(inputs, 'a')) : requireInput(inputs, 'a');
    const b = transposeB ? swapLast(requireInput(inputs, 'b')) : requireInput(inputs, 'b');
    const out = original({ inputs: { a, b }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } });
    if (Array.isArray(out)) {
      throw new Error('BatchMatMul returned several outputs');
    }
    scope.keep(out);
    return scope.finish(out);
  };
}

export const wasmGradientKernels: readonly KernelConfig[] = [
  { kernelName: Conv2DBackpropFilter, backendName: WASM, kernelFunc: conv2DBackpropFilter },
  { kernelName: Conv2DBackpropInput, backendName: WASM, kernelFunc: conv2DBackpropInput },
  { kernelName: DepthwiseConv2dNativeBackpropFilter, backendName: WASM, kernelFunc: depthwiseBackpropFilter },
  { kernelName: DepthwiseConv2dNativeBackpropInput, backendName: WASM, kernelFunc: depthwiseBackpropInput },
  { kernelName: MaxPoolGrad, backendName: WASM, kernelFunc: maxPoolGrad },
];

function lookup(kernelName: string): KernelConfig | undefined {
  try {
    return getKernel(kernelName, WASM);
  } catch {
    return undefined;
  }
}

const wrappedMatMuls = new WeakSet<KernelFunc>();

/**
 * Registers the gradient kernels on the wasm backend (replacing its own slow Conv2DBackpropInput and
 * MaxPoolGrad) and routes transposed BatchMatMuls through an explicit transpose. Idempotent; call
 * after `@tensorflow/tfjs-backend-wasm` has been imported and before the backend is initialised.
 */
export function registerWasmGradientKernels(): void {
  const matMul = lookup(BatchMatMul);
  if (matMul !== undefined && !wrappedMatMuls.has(matMul.kernelFunc)) {
    const wrapped = batchMatMulWith(matMul.kernelFunc);
    wrappedMatMuls.add(wrapped);
    unregisterKernel(BatchMatMul, WASM);
    registerKernel({ ...matMul, kernelFunc: wrapped });
  }
  for (const config of wasmGradientKernels) {
    const existing = lookup(config.kernelName);
    if (existing?.kernelFunc === config.kernelFunc) {
      continue;
    }
    if (existing !== undefined) {
      unregisterKernel(config.kernelName, WASM);
    }
    registerKernel(config);
  }
}
